package org.sendplan.submission.pack;

/**
 * The submission pack zip, its SHA-256 (lower-case hex) and the {@code manifest.json} it ends
 * with, so the service can record both without opening the zip again.
 */
public record Pack(byte[] zip, String sha256, String manifestJson) {
}
