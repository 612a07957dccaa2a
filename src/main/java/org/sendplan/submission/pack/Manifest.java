package org.sendplan.submission.pack;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code manifest.json}, the pack's last entry: what the pack is and every other file's size and hash. */
@JsonPropertyOrder({ "format", "planId", "partnership", "planYear", "contentHash", "generatedAt", "serviceVersion",
        "files" })
record Manifest(String format, long planId, String partnership, String planYear, String contentHash,
        String generatedAt, String serviceVersion, List<Entry> files) {

    static final String FORMAT = "sendplan-pack/v1";
    static final String NAME = "manifest.json";
    static final String PLAN_JSON = "plan.json";

    @JsonPropertyOrder({ "name", "size", "sha256" })
    record Entry(String name, long size, String sha256) {
    }
}
