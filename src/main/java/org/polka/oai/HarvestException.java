package org.polka.oai;

/** A harvest that cannot go on: the source's answer is unusable, or it refused the request. */
public final class HarvestException extends RuntimeException {
  HarvestException(String message) {
    super(message);
  }

  HarvestException(String message, Throwable cause) {
    super(message, cause);
  }
}
