package org.bulletinkg.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 reads it, for the product token bulletin-kg. */
class RobotsTxtTest {

    @Test
    void theGroupForAllAppliesWhenNoneNamesUs() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open/\n\nUser-agent: BadBot\nDisallow: /\n",
                "bulletin-kg");
        assertFalse(r.allows("/private/t1.html"));
        assertTrue(r.allows("/private/open/t1.html"), "the longer rule wins");
        assertTrue(r.allows("/xw/t1.html"));
        assertTrue(r.allows("/robots.txt"));
    }

    @Test
    void ourOwnGroupWinsOverTheGroupForAll() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: Bulletin-KG\nUser-agent: other\n"
                + "Disallow: /search\nCrawl-delay: 5\n", "bulletin-kg");
        assertTrue(r.allows("/xw/t1.html"));
        assertFalse(r.allows("/search?q=会议"));
        assertEquals(Duration.ofSeconds(5), r.crawlDelay());
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsTxt r = RobotsTxt.parse("# comment\nuser-agent: *\ndisallow: /*.pdf$\ndisallow: /*?print=\nallow: /a$\ndisallow: /a\n",
                "bulletin-kg");
        assertFalse(r.allows("/docs/x.pdf"));
        assertTrue(r.allows("/docs/x.pdf.html"));
        assertFalse(r.allows("/xw/t1.html?print=1"));
        assertTrue(r.allows("/a"));
        assertFalse(r.allows("/ab"));
        assertNull(r.crawlDelay());
    }

    @Test
    void emptyDisallowAllowsAllAndUnreachableAllowsNothing() {
        assertTrue(RobotsTxt.parse("User-agent: *\nDisallow:\n", "bulletin-kg").allows("/anything"));
        assertTrue(RobotsTxt.ALLOW_ALL.allows("/x"));
        assertFalse(RobotsTxt.unreachable("is unreachable (HTTP 503)").allows("/x"));
    }
}
