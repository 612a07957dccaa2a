# syntax=docker/dockerfile:1

# --- build: compile and package the executable jar (tests run in CI, not here) ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# Flyway migrations live at the top level and are packaged into the jar under db/migration.
COPY db/ db/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -ntp -DskipTests package \
 && cp target/sendplan-*.jar app.jar

# --- run: JRE only, as an unprivileged user ---
FROM eclipse-temurin:17-jre
RUN groupadd --system sendplan \
 && useradd --system --gid sendplan --no-create-home --shell /usr/sbin/nologin sendplan
WORKDIR /app
COPY --from=build /workspace/app.jar /app/app.jar
USER sendplan
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
