package org.sendplan.submission.pack;

import java.util.List;

/**
 * What a pack zip says about itself, checked file by file against its manifest.
 *
 * @param contentHash the content hash the manifest gives; null when there is no readable manifest
 * @param manifestSha256 SHA-256 of the {@code manifest.json} bytes, to compare with the one recorded
 *        at submission: only that comparison shows a manifest rewritten to match altered files
 * @param problems what is wrong with the pack as a whole, in words for a person
 */
public record PackInspection(boolean readable, String contentHash, Long planId, String manifestSha256,
        List<FileCheck> files, List<String> problems) {

    public PackInspection {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    static PackInspection unreadable(String problem) {
        return new PackInspection(false, null, null, null, List.of(), List.of(problem));
    }

    public boolean intact() {
        return readable && problems.isEmpty() && files.stream().allMatch(FileCheck::ok);
    }
}
