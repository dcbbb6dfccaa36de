package org.polka.oai;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A stateless resumption token: the whole list request (verb, format, set, from, until) and the
 * position after the last entry sent (its datestamp and id) and how many entries were sent, in a
 * URL-safe string with a checksum. The server keeps nothing, so tokens survive a restart; since
 * the position is a key, not an offset, entries added meanwhile are neither skipped nor repeated.
 *
 * @param verb ListRecords or ListIdentifiers
 * @param prefix the metadata format
 * @param set the setSpec, or null
 * @param from the from argument as given, or null
 * @param until the until argument as given, or null
 * @param afterDatestamp datestamp of the last entry sent
 * @param afterId id of the last entry sent
 * @param cursor the number of entries sent before the next page
 */
record ResumptionToken(String verb, String prefix, String set, String from, String until,
    String afterDatestamp, long afterId, long cursor) {
  private static final String VERSION = "1";
  private static final String SEP = "\u001f";

  String encode() {
    String body = String.join(SEP, VERSION, verb, prefix, orEmpty(set), orEmpty(from),
        orEmpty(until), afterDatestamp, Long.toString(afterId), Long.toString(cursor));
    String payload = body + SEP + Long.toHexString(crc(body));
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
  }

  /** The token read back, or empty when it is not one this server issued (or was altered). */
  static Optional<ResumptionToken> decode(String token) {
    try {
      String payload = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int cut = payload.lastIndexOf(SEP);
      if (cut < 0) {
        return Optional.empty();
      }
      String body = payload.substring(0, cut);
      if (!Long.toHexString(crc(body)).equals(payload.substring(cut + 1))) {
        return Optional.empty();
      }
      String[] f = body.split(SEP, -1);
      if (f.length != 9 || !f[0].equals(VERSION)) {
        return Optional.empty();
      }
      return Optional.of(new ResumptionToken(f[1], f[2], nullIfEmpty(f[3]), nullIfEmpty(f[4]),
          nullIfEmpty(f[5]), f[6], Long.parseLong(f[7]), Long.parseLong(f[8])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static long crc(String s) {
    CRC32 crc = new CRC32();
    crc.update(s.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }
}
