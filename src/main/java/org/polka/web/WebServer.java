package org.polka.web;

import io.javalin.Javalin;
import org.polka.Library;

/**
 * The web server: HTML pages in Russian and English for readers and a JSON API for programs, over
 * one library.
 */
public final class WebServer {
  private final Javalin app;

  public WebServer(Library library) {
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
    });
    Routes.install(app, library);
  }

  /** Starts listening on the port (0 picks a free one) and returns the port in use. */
  public int start(int port) {
    app.start(port);
    return app.port();
  }

  /** Stops the server. */
  public void stop() {
    app.stop();
  }
}
