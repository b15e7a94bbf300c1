package org.noticeboard.build;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.noticeboard.addresses.AddressPages;
import org.noticeboard.addresses.Addresses;
import org.noticeboard.catalogue.CataloguePages;
import org.noticeboard.calendar.CalendarFiles;
import org.noticeboard.datapages.DataPages;
import org.noticeboard.datapages.DataSets;
import org.noticeboard.feeds.AtomFeeds;
import org.noticeboard.feeds.SiteMap;
import org.noticeboard.opendata.OpenData;
import org.noticeboard.print.FullBoardPages;
import org.noticeboard.print.CardPages;
import org.noticeboard.print.PosterPages;
import org.noticeboard.render.AttachmentFiles;
import org.noticeboard.print.WeekChangePages;
import org.noticeboard.render.Pages;
import org.noticeboard.search.SearchPages;

/**
 * The page groups a build writes besides the website's own pages. A feature that adds outputs
 * (print, feeds, search, calendars, open data…) adds its group here, one line each.
 *
 * @param data the data tables read from {@code content/data/statistics/}
 * @param addresses the old addresses that forward or say an item was withdrawn
 * @param printedSince where the week's change sheets start, when not last week
 */
final class OutputGroups {

    private OutputGroups() {}

    static List<Pages> all(DataSets data, Addresses addresses) {
        return all(data, addresses, Optional.empty());
    }

    static List<Pages> all(DataSets data, Addresses addresses, Optional<LocalDate> printedSince) {
        return List.of(
                new AttachmentFiles(),
                new AddressPages(addresses),
                new CataloguePages(),
                new AtomFeeds(),
                new SiteMap(),
                new CalendarFiles(),
                new OpenData(),
                new SearchPages(),
                new DataPages(data),
                new PosterPages(),
                new WeekChangePages(addresses, printedSince),
                new FullBoardPages(),
                new CardPages());
    }
}
