package org.sendplan.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application prepares on the current thread, so a test can prove a
 * page runs a bounded number of queries however many rows a plan has. A batch counts once, as it
 * is one round trip.
 */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    public void reset() {
        COUNT.get()[0] = 0;
    }

    public int count() {
        return COUNT.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { DataSource.class, CountingDataSource.class },
                    forward(dataSource, (target, method, args) -> {
                        Object result = method.invoke(target, args);
                        return "getConnection".equals(method.getName()) ? counting((Connection) result) : result;
                    }));
        }
        return bean;
    }

    /** Marks the proxy so it is not wrapped twice. */
    interface CountingDataSource {
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] { Connection.class }, forward(connection, (target, method, args) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        COUNT.get()[0]++;
                    }
                    return method.invoke(target, args);
                }));
    }

    private interface Call {
        Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static InvocationHandler forward(Object target, Call call) {
        return (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> method.invoke(target, args);
                };
            }
            if ("unwrap".equals(method.getName()) || "isWrapperFor".equals(method.getName())) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(target, method, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
