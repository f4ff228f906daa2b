package org.tumen.app.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static FeedParser.Feed parse(String xml) throws FeedParser.FeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rss_items_carry_guid_link_date_and_text_without_html() throws Exception {
        FeedParser.Feed feed = parse("""
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>NK Watch</title>
                <item><guid>g1</guid><title>Horses &amp; trains</title><link>https://example.org/1</link>
                <pubDate>Sun, 06 Nov 2022 09:00:00 +0900</pubDate>
                <description><![CDATA[<p>A train crossed at <b>Tumangang</b>.</p><p>Fish &amp; chips &#8211; no.</p>]]></description>
                </item>
                <item><link>https://example.org/2</link><description>Only a link.</description></item>
                </channel></rss>""");

        assertThat(feed.title()).isEqualTo("NK Watch");
        assertThat(feed.items()).hasSize(2);
        FeedItem.Entry e = (FeedItem.Entry) feed.items().getFirst();
        assertThat(e.key()).isEqualTo("g1");
        assertThat(e.title()).isEqualTo("Horses & trains");
        assertThat(e.published()).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(e.text()).isEqualTo("A train crossed at Tumangang.\n\nFish & chips – no.");
        assertThat(feed.items().get(1).key()).isEqualTo("https://example.org/2");
    }

    @Test
    void atom_entries_are_read_by_id_with_their_alternate_link() throws Exception {
        FeedParser.Feed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>38 North</title>
                <entry><id>tag:x,2022:1</id><title>T</title><link rel="alternate" href="https://x/1"/>
                <link rel="self" href="https://x/self"/><updated>2022-11-04T10:00:00Z</updated>
                <content type="html">&lt;p&gt;Railcars sit at Khasan.&lt;/p&gt;</content></entry>
                </feed>""");

        FeedItem.Entry e = (FeedItem.Entry) feed.items().getFirst();
        assertThat(e.key()).isEqualTo("tag:x,2022:1");
        assertThat(e.link()).isEqualTo("https://x/1");
        assertThat(e.published()).isEqualTo(LocalDate.of(2022, 11, 4));
        assertThat(e.text()).isEqualTo("Railcars sit at Khasan.");
    }

    @Test
    void an_item_without_text_or_with_a_bad_date_is_malformed_and_the_rest_is_read() throws Exception {
        FeedParser.Feed feed = parse("""
                <rss version="2.0"><channel><title>t</title>
                <item><guid>empty</guid><title>Nothing here</title></item>
                <item><guid>bad-date</guid><pubDate>last Tuesday-ish</pubDate><description>x</description></item>
                <item><guid>fine</guid><description>Text.</description></item>
                </channel></rss>""");

        assertThat(feed.items())
                .extracting(i -> i.getClass().getSimpleName() + ":" + i.key())
                .containsExactly("Malformed:empty", "Malformed:bad-date", "Entry:fine");
        assertThat(((FeedItem.Malformed) feed.items().get(1)).problem()).contains("unreadable date");
    }

    @Test
    void a_doctype_is_refused_so_no_external_entity_is_ever_read() {
        assertThatThrownBy(() -> parse("""
                        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                        <rss version="2.0"><channel><item><description>&xxe;</description></item></channel></rss>"""))
                .isInstanceOf(FeedParser.FeedException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void a_document_that_is_no_feed_says_what_it_is() {
        assertThatThrownBy(() -> parse("<html><body/></html>")).hasMessageContaining("<html>");
        assertThatThrownBy(() -> parse("<rss><channel>")).hasMessageContaining("not a well-formed feed");
    }

    @Test
    void a_changed_item_has_a_new_content_hash_under_the_same_key() throws Exception {
        String a =
                "<rss version=\"2.0\"><channel><item><guid>g</guid><description>One.</description></item></channel></rss>";
        FeedItem one = parse(a).items().getFirst();
        FeedItem two = parse(a.replace("One.", "Two.")).items().getFirst();
        assertThat(one.key()).isEqualTo(two.key());
        assertThat(one.contentHash()).isNotEqualTo(two.contentHash());
    }
}
