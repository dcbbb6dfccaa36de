package org.polka.oai;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.article.Origin;
import org.polka.article.SourceFile;
import org.polka.catalog.Catalog;
import org.polka.catalog.HarvestSources.State;
import org.polka.ingest.IngestReport;
import org.polka.ingest.Ingester;

/**
 * An OAI-PMH harvester: lists a source's records ({@code oai_dc}, with CyberLeninka's extra
 * fields, or {@code jats}) into the library, page by page, each page stored and indexed before the
 * next is asked for.
 *
 * <p>Incremental: the next harvest of the same source, set and format starts from the newest
 * datestamp the last complete one saw. Resumable: after every page the resumption token is saved,
 * so a harvest that was interrupted continues where it stopped. Polite: a delay between requests,
 * and {@code 503 Retry-After} honoured. Deleted records delete the article they were harvested as.
 */
public final class Harvester {
  /** The formats the harvester can read. */
  public static final List<String> PREFIXES = List.of(DublinCore.PREFIX, JatsFront.PREFIX);

  /**
   * What to harvest and how politely.
   *
   * @param baseUrl the source's OAI-PMH base URL
   * @param set a setSpec, or null for the whole repository
   * @param from the earliest datestamp to ask for (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ), or null to
   *     continue from the last harvest
   * @param prefix the metadata format: oai_dc or jats
   * @param delay the pause between two requests
   * @param retries how many times one request is retried after 503 or a network failure
   */
  public record Options(String baseUrl, String set, String from, String prefix, Duration delay,
      int retries) {}

  /** What a harvest did: pages read, records added, updated, unchanged and deleted, failures. */
  public record Summary(long pages, long added, long updated, long unchanged, long deleted,
      List<IngestReport.Failure> failures) {
    /** The summary as lines for a person. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      out.add("harvested %d page(s): added %d, updated %d, unchanged %d, deleted %d, failed %d"
          .formatted(pages, added, updated, unchanged, deleted, failures.size()));
      failures.forEach(f -> out.add("  failed: " + f.location() + ": " + f.reason()));
      return out;
    }
  }

  private final Catalog catalog;
  private final Ingester ingester;
  private final HttpClient http;
  private final HarvestClient.Sleeper sleeper;

  /** A harvester into the library. */
  public Harvester(Library library) {
    this(library.catalog(), library.ingester(), HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build(),
        d -> Thread.sleep(d.toMillis()));
  }

  Harvester(Catalog catalog, Ingester ingester, HttpClient http, HarvestClient.Sleeper sleeper) {
    this.catalog = catalog;
    this.ingester = ingester;
    this.http = http;
    this.sleeper = sleeper;
  }

  /**
   * Harvests the source, reporting a progress line per page.
   *
   * @throws HarvestException when the options are wrong or the source answers with an error or
   *     garbage (what was stored before stays stored, and the position is kept)
   */
  public Summary harvest(Options o, Consumer<String> progress) {
    String base = check(o);
    String key = base + " set=" + (o.set() == null ? "" : o.set()) + " prefix=" + o.prefix();
    State state = catalog.harvestSources().get(key).orElse(new State(key, null, null, null));
    HarvestClient client = new HarvestClient(http, sleeper, o.delay(), o.retries(), progress);
    OaiPage identify = client.fetch(HarvestClient.url(base, Map.of("verb", "Identify")));
    if (identify.errorCode() != null) {
      throw new HarvestException("Identify failed: " + identify.errorCode() + ": " + identify.errorMessage());
    }
    boolean dayOnly = "YYYY-MM-DD".equals(identify.granularity());
    boolean resuming = state.resumptionToken() != null && o.from() == null;
    String url;
    if (resuming) {
      progress.accept("harvest: resuming the interrupted harvest of " + base);
      url = HarvestClient.url(base, Map.of("verb", "ListRecords", "resumptionToken", state.resumptionToken()));
    } else {
      state = new State(key, state.lastDatestamp(), null, null);
      url = listUrl(base, o, o.from() != null ? o.from() : state.lastDatestamp(), dayOnly);
    }
    Run run = new Run(progress, "oai:" + URI.create(base).getAuthority(), base, o.prefix());
    while (true) {
      OaiPage page = client.fetch(url);
      if ("noRecordsMatch".equals(page.errorCode())) {
        progress.accept("harvest: nothing new (" + page.errorMessage() + ")");
        catalog.harvestSources().save(new State(key, state.lastDatestamp(), null, null));
        break;
      }
      if ("badResumptionToken".equals(page.errorCode()) && resuming) {
        progress.accept("harvest: the source no longer knows the saved token; starting the list again");
        resuming = false;
        state = new State(key, state.lastDatestamp(), null, null);
        catalog.harvestSources().save(state);
        url = listUrl(base, o, state.lastDatestamp(), dayOnly);
        continue;
      }
      if (page.errorCode() != null) {
        throw new HarvestException(page.errorCode() + " from " + url + ": " + page.errorMessage());
      }
      String pending = later(state.pendingDatestamp(), run.store(page, url));
      if (page.resumptionToken() == null) {
        catalog.harvestSources().save(new State(key, later(state.lastDatestamp(), pending), null, null));
        break;
      }
      state = new State(key, state.lastDatestamp(), page.resumptionToken(), pending);
      catalog.harvestSources().save(state);
      url = HarvestClient.url(base, Map.of("verb", "ListRecords", "resumptionToken", page.resumptionToken()));
    }
    return run.summary();
  }

  private static String check(Options o) {
    if (o.baseUrl() == null || !o.baseUrl().matches("(?i)https?://[^\\s?#]+(\\?[^\\s#]*)?")) {
      throw new HarvestException("not an http(s) base URL: " + o.baseUrl());
    }
    if (!PREFIXES.contains(o.prefix())) {
      throw new HarvestException("cannot read the format '" + o.prefix() + "'; use one of " + PREFIXES);
    }
    if (o.from() != null && Datestamps.parse(o.from(), false) == null) {
      throw new HarvestException("--from '" + o.from() + "' is not YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
    }
    return o.baseUrl();
  }

  private static String listUrl(String base, Options o, String from, boolean dayOnly) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("verb", "ListRecords");
    args.put("metadataPrefix", o.prefix());
    if (o.set() != null) {
      args.put("set", o.set());
    }
    if (from != null) {
      args.put("from", dayOnly && from.length() > 10 ? from.substring(0, 10) : from);
    }
    return HarvestClient.url(base, args);
  }

  private static String later(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  /** The counts of one harvest, and the storing of its pages. */
  private final class Run {
    private final Consumer<String> progress;
    private final String sourceName;
    private final String base;
    private final String prefix;
    private final long started = System.nanoTime();
    private long pages;
    private long records;
    private long added;
    private long updated;
    private long unchanged;
    private long deleted;
    private final List<IngestReport.Failure> failures = new ArrayList<>();

    Run(Consumer<String> progress, String sourceName, String base, String prefix) {
      this.progress = progress;
      this.sourceName = sourceName;
      this.base = base;
      this.prefix = prefix;
    }

    /** Stores a page's records and deletions; returns the newest datestamp on the page. */
    String store(OaiPage page, String url) {
      List<Article> articles = new ArrayList<>();
      String newest = null;
      for (OaiPage.HarvestedRecord r : page.records()) {
        records++;
        newest = later(newest, r.datestamp());
        if (r.identifier() == null) {
          failures.add(new IngestReport.Failure(url, "a record without a header identifier"));
        } else if (r.deleted()) {
          catalog.findBySource(sourceName, r.identifier())
              .ifPresent(s -> deleted += ingester.delete(s.id()) ? 1 : 0);
        } else if (r.metadata() == null) {
          failures.add(new IngestReport.Failure(r.identifier(), "a record without metadata"));
        } else {
          try {
            articles.add(article(r));
          } catch (RuntimeException e) {
            failures.add(new IngestReport.Failure(r.identifier(), "cannot read the record: " + e));
          }
        }
      }
      IngestReport report = ingester.ingestRecords(articles, url);
      added += report.added();
      updated += report.updated();
      unchanged += report.unchanged();
      failures.addAll(report.failures());
      pages++;
      double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
      progress.accept("harvest: page %d, %d records (added %d, updated %d, unchanged %d, deleted %d,"
          .formatted(pages, records, added, updated, unchanged, deleted)
          + " failed %d), %.0f records/s%s".formatted(failures.size(), records / seconds,
              page.completeListSize() == null ? "" : ", list size " + page.completeListSize()));
      return newest;
    }

    private Article article(OaiPage.HarvestedRecord r) {
      boolean dc = prefix.equals(DublinCore.PREFIX);
      Article read = dc ? DublinCoreRecords.read(r.metadata()) : JatsRecords.read(r.metadata());
      String page = dc ? DublinCoreRecords.landingPage(r.metadata()) : JatsRecords.landingPage(r.metadata());
      return read.toBuilder().origin(new Origin(sourceName, r.identifier(), page))
          .source(new SourceFile(base, prefix, null)).build();
    }

    Summary summary() {
      return new Summary(pages, added, updated, unchanged, deleted, failures);
    }
  }
}
