package org.polka.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The keys the catalog tells records apart by: normalised DOIs and SHA-256 content hashes. */
public final class RecordKeys {
  private RecordKeys() {}

  /** A DOI in the form the catalog compares: lower case, without {@code https://doi.org/} or {@code doi:}. */
  public static String normalizeDoi(String doi) {
    if (doi == null || doi.isBlank()) {
      return null;
    }
    String d = doi.trim().toLowerCase(Locale.ROOT)
        .replaceFirst("^(https?://)?(dx\\.)?doi\\.org/", "")
        .replaceFirst("^doi:\\s*", "");
    return d.startsWith("10.") ? d : null;
  }

  /** Hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Hex SHA-256 of bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
