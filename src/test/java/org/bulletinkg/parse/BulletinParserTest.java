package org.bulletinkg.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bulletinkg.BadInputException;
import org.bulletinkg.parse.Bulletin.Form;
import org.bulletinkg.source.BulletinSources;
import org.bulletinkg.source.Fixtures;
import org.bulletinkg.source.RawBulletin;
import org.bulletinkg.source.SourceFile;
import org.bulletinkg.source.SourceMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinParserTest {
    private final BulletinParser parser = new BulletinParser();

    @TempDir
    Path dir;

    /** Parses a dev bulletin with the metadata its manifest gives it. */
    private Bulletin dev(String file) {
        Path path = Fixtures.dev().resolve(file);
        SourceFile source = BulletinSources.list(List.of(path), null).get(0);
        return parser.parse(BulletinSources.read(source));
    }

    /** Parses a fixture with no metadata. */
    private Bulletin fixture(String relative) throws IOException {
        Path path = Fixtures.path(relative);
        return parser.parse(new RawBulletin(RawBulletin.nameOf(path), path, Files.readAllBytes(path),
                SourceMetadata.unknown(path.getFileName().toString())));
    }

    private static String paragraph(Bulletin b, int i) {
        return b.textOf(b.paragraphs().get(i));
    }

    private static String last(Bulletin b) {
        return paragraph(b, b.paragraphs().size() - 1);
    }

    @Test
    void seedForm() {
        Bulletin b = dev("000_3d9549ab54ff64b8.txt");
        assertEquals(Form.SEED, b.form());
        assertEquals("000_3d9549ab54ff64b8", b.name());
        assertEquals("区委常委会召开第174次会议", b.title());
        assertEquals("UTF-8", b.charset());
        // title + 7 body paragraphs + the reporter's credit split off the last one
        assertEquals(9, b.paragraphs().size());
        assertEquals(b.title(), paragraph(b, 0));
        assertEquals("4月8日，区委常委会召开第174次会议，研究统筹推进疫情防控和经济社会发展，做好“六稳”工作以及"
                + "《海淀区2020年固定资产投资推进方案》、《2019年海淀区法治政府建设情况报告》等事项。区委书记于军主持会议。",
                paragraph(b, 1));
        assertTrue(paragraph(b, 7).endsWith("为全国科技创新中心核心区建设提供坚强的法治保障。"), paragraph(b, 7));
        assertEquals("（记者 唐炜）", last(b));
        assertNull(b.published());
        assertNull(b.sourceLabel());
        assertEquals("海淀区", b.metadata().jurisdiction());
        assertTrue(b.text().startsWith("区委常委会召开第174次会议\n4月8日，"));
        assertTrue(!b.text().contains("&nbsp;") && !b.text().contains("\u3000") && !b.text().contains("\u00A0"));
    }

    @Test
    void seedSubtitleLineIsAParagraph() {
        Bulletin b = dev("003_ca2f55d3ce4eb9e6.txt");
        assertEquals(Form.SEED, b.form());
        assertEquals("区委常委会召开第182次会议", b.title());
        assertEquals(9, b.paragraphs().size());
        assertEquals("区委书记于军主持会议", paragraph(b, 1));
        assertEquals("会议还研究了其他事项。", paragraph(b, 7));
        assertEquals("（记者 唐炜）", paragraph(b, 8));
    }

    @Test
    void htmlPageForm() {
        Bulletin b = dev("102_changping-secretary-standing-96th.html");
        assertEquals(Form.HTML_PAGE, b.form());
        assertEquals("区委书记欧阳振华主持召开区委常委会会议", b.title());
        assertEquals(8, b.paragraphs().size());
        assertTrue(paragraph(b, 1).startsWith("2021年3月5日，区委书记欧阳振华主持召开区委常委会第96次会议，"));
        assertEquals("会议还研究了其他事项。", paragraph(b, 6));
        assertEquals("文/司马婧", last(b));
        assertEquals(LocalDate.of(2021, 3, 6), b.published());
        assertEquals("昌平区融媒体中心", b.sourceLabel());
        for (String chrome : List.of("首页", "当前位置", "发布时间", "来源：", "字号", "打印本页", "版权所有", "无障碍")) {
            assertTrue(!b.text().contains(chrome), "page chrome in the text: " + chrome);
        }
    }

    @Test
    void htmlPageWithoutPrevNextLinks() {
        Bulletin b = dev("104_xicheng-npc-standing-36th.html");
        assertEquals("区十六届人大常委会举行第三十六次会议", b.title());
        assertEquals(7, b.paragraphs().size());
        assertEquals("（通讯员 赵一鸣 田甜）", last(b));
        assertEquals("西城区人大常委会办公室", b.sourceLabel());
        assertTrue(!b.text().contains("上一篇") && !b.text().contains("下一篇")
                && !b.text().contains("区人大代表开展年终集中视察"));
    }

    @Test
    void plainTextForm() {
        Bulletin b = dev("105_haidian-cppcc-chairs-27th.txt");
        assertEquals(Form.PLAIN_TEXT, b.form());
        assertEquals("区政协召开十届委员会第二十七次主席会议", b.title());
        assertEquals(7, b.paragraphs().size());
        assertEquals("■林晓雯", paragraph(b, 1));
        assertTrue(paragraph(b, 2).startsWith("日前，区政协召开十届委员会第二十七次主席会议，"));
        assertEquals("会议还研究了近期其他工作。", last(b));
        assertNull(b.published());
    }

    @Test
    void gbkPageDecodesToTheRightTitleAndDate() {
        Bulletin b = dev("108_chaoyang-joint-standing-carbon-group-gbk.html");
        assertEquals("GB18030", b.charset());
        assertEquals(Form.HTML_PAGE, b.form());
        assertEquals("区委召开常委会会议暨区碳达峰碳中和工作领导小组第一次会议", b.title());
        assertEquals(LocalDate.of(2022, 1, 19), b.published());
        assertEquals("朝阳区融媒体中心", b.sourceLabel());
        assertEquals(8, b.paragraphs().size());
        assertTrue(paragraph(b, 1).startsWith("1月18日，区委召开常委会会议暨区碳达峰碳中和工作领导小组第一次会议，"));
        assertEquals("（记者 陆晨 通讯员 何佳）", last(b));
    }

    @Test
    void pageDateIsUsedWhenTheManifestHasNone() throws IOException {
        Bulletin b = fixture("dev/108_chaoyang-joint-standing-carbon-group-gbk.html");
        assertNull(b.metadata().published());
        assertEquals(LocalDate.of(2022, 1, 19), b.published());
    }

    @Test
    void manifestDateWinsOverThePagesDate() throws IOException {
        Path path = Fixtures.dev().resolve("102_changping-secretary-standing-96th.html");
        SourceMetadata meta = new SourceMetadata("x.html", null, "昌平区", LocalDate.of(2021, 3, 7));
        Bulletin b = parser.parse(new RawBulletin("x", path, Files.readAllBytes(path), meta));
        assertEquals(LocalDate.of(2021, 3, 7), b.published());
        assertEquals(meta, b.metadata());
    }

    @Test
    void trsEditorPageOfAnotherSiteInGb2312() throws IOException {
        Bulletin b = fixture("pages/trs-editor-gb2312.html");
        assertEquals("GB18030", b.charset());
        assertEquals("县政府召开第21次常务会议", b.title());
        assertEquals(LocalDate.of(2021, 7, 2), b.published());
        assertEquals("县政府办公室", b.sourceLabel());
        assertEquals(List.of(
                "县政府召开第21次常务会议",
                "7月1日上午，县长周立新主持召开县政府第21次常务会议，研究《示例县防汛应急预案》等事项。",
                "会议指出，今年汛期降雨偏多，各乡镇要压实防汛责任。",
                "会议要求，县应急局要做好物资储备，确保“人员、物资、预案”三到位！",
                "会议强调：“防汛无小事。责任重于泰山。”各部门要立即行动。",
                "（通讯员 黄小明）"),
                b.paragraphs().stream().map(b::textOf).toList());
        assertTrue(!b.text().contains("分享到") && !b.text().contains("打印") && !b.text().contains("您现在的位置"));
    }

    @Test
    void pageWithoutANamedContainerUsesTheDensestParagraphs() throws IOException {
        Bulletin b = fixture("pages/no-named-container.html");
        // the logo's h1 is the site name; the article's h1 is the title
        assertEquals("市委常委会召开会议研究防汛工作", b.title());
        assertEquals(LocalDate.of(2022, 5, 6), b.published());
        assertEquals(4, b.paragraphs().size());
        assertEquals("5月5日，市委书记陈志远主持召开市委常委会会议，研究部署全市防汛工作。", paragraph(b, 1));
        assertEquals("会议要求，各区要完善应急预案，加强队伍建设，确保安全度汛。", last(b));
        assertTrue(!b.text().contains("廉政工作会议"), "sidebar links in the body");
    }

    @Test
    void titleFromTheTitleTagWithoutTheSiteName() {
        String html = "<html><head><title>区委常委会召开第9次会议 - 示例区人民政府</title></head>"
                + "<body><div class=\"content\"><p>会议研究了有关事项。</p></div></body></html>";
        Bulletin b = parseBytes("t.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("区委常委会召开第9次会议", b.title());
        assertEquals(2, b.paragraphs().size());
        assertEquals("会议研究了有关事项。", last(b));
    }

    @Test
    void utf8BomFile() throws IOException {
        Bulletin b = fixture("encodings/utf8-bom.txt");
        assertEquals("UTF-8", b.charset());
        assertBomFixture(b);
    }

    @Test
    void utf16LittleEndianBomFile() throws IOException {
        Bulletin b = fixture("encodings/utf16le-bom.txt");
        assertEquals("UTF-16LE", b.charset());
        assertBomFixture(b);
    }

    @Test
    void utf16BigEndianBomFile() throws IOException {
        Bulletin b = fixture("encodings/utf16be-bom.txt");
        assertEquals("UTF-16BE", b.charset());
        assertBomFixture(b);
    }

    @Test
    void undeclaredGb18030PlainText() throws IOException {
        Bulletin b = fixture("encodings/gb18030-plain.txt");
        assertEquals("GB18030", b.charset());
        assertBomFixture(b);
    }

    private static void assertBomFixture(Bulletin b) {
        assertEquals(Form.PLAIN_TEXT, b.form());
        assertEquals("区政府召开第5次常务会议", b.title());
        assertEquals(List.of("区政府召开第5次常务会议",
                "3月2日，区长王明主持召开区政府第5次常务会议。会议研究了《区2021年重点工作方案》。",
                "会议还研究了其他事项。", "（记者 李华）"), b.paragraphs().stream().map(b::textOf).toList());
        assertEquals(5, b.sentences().size());
        assertTrue(!b.text().contains("\uFEFF"));
    }

    private Bulletin parseBytes(String name, byte[] bytes) {
        Path path = dir.resolve(name);
        return parser.parse(new RawBulletin(RawBulletin.nameOf(path), path, bytes, SourceMetadata.unknown(name)));
    }

    @Test
    void emptyFileIsRefusedByName() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        BadInputException e = assertThrows(BadInputException.class,
                () -> BulletinSources.read(new SourceFile(empty, SourceMetadata.unknown("empty.txt"))));
        assertEquals(empty.toString(), e.file());
        assertTrue(e.getMessage().contains("empty file"));
        BadInputException direct = assertThrows(BadInputException.class, () -> parseBytes("empty.txt", new byte[0]));
        assertTrue(direct.getMessage().contains("empty.txt: empty file"), direct.getMessage());
    }

    @Test
    void blankFileHasNoText() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> parseBytes("blank.txt", " \n\u3000\n\t\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("blank.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("no text found"), e.getMessage());
    }

    @Test
    void htmlWithoutTextHasNoText() {
        BadInputException e = assertThrows(BadInputException.class, () -> parseBytes("nothing.html",
                "<html><head><script>var a = 1;</script></head><body><div>&nbsp;</div></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("nothing.html: no text found"), e.getMessage());
    }

    @Test
    void binaryFileIsRefusedByName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = dir.resolve("picture.txt");
        Files.write(file, png);
        RawBulletin raw = BulletinSources.read(new SourceFile(file, SourceMetadata.unknown("picture.txt")));
        BadInputException e = assertThrows(BadInputException.class, () -> parser.parse(raw));
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": binary content, no text found"), e.getMessage());
    }

    @Test
    void controlCharacterSoupIsRefused() {
        byte[] junk = new byte[400];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (1 + i % 30);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> parseBytes("junk.txt", junk));
        assertTrue(e.getMessage().contains("junk.txt: binary content"), e.getMessage());
    }

    @Test
    void plainTextWithAStrayTagKeepsItsLines() {
        Bulletin b = parseBytes("p.txt", "标题\n第一段，见<b>附件</b>。\n第二段。\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Form.PLAIN_TEXT, b.form());
        assertEquals(List.of("标题", "第一段，见<b>附件</b>。", "第二段。"),
                b.paragraphs().stream().map(b::textOf).toList());
    }

    @Test
    void seedWithCrLfLineEndings() {
        String seed = "区委常委会召开第9次会议\r\n<div><span>\u3000\u3000会议研究了有关事项。</span></div>"
                + "<div>&nbsp;</div>\r\n<div><span>会议还研究了其他事项。（记者 张三）</span></div>\r\n";
        Bulletin b = parseBytes("s.txt", seed.getBytes(StandardCharsets.UTF_8));
        assertEquals(Form.SEED, b.form());
        assertEquals(List.of("区委常委会召开第9次会议", "会议研究了有关事项。", "会议还研究了其他事项。", "（记者 张三）"),
                b.paragraphs().stream().map(b::textOf).toList());
    }

    @Test
    void titleOnlyIsAcceptedAndHasOneParagraph() {
        Bulletin b = parseBytes("t.txt", "只有标题\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("只有标题", b.title());
        assertEquals(1, b.paragraphs().size());
        assertEquals("只有标题", b.text());
        assertEquals(1, b.sentences().size());
    }

    @Test
    void sentencesCarryTheirParagraphAndAreInTextOrder() {
        Bulletin b = dev("101_changping-party-standing-103rd.txt");
        assertEquals("区委常委会召开第103次会议", b.textOf(b.sentences().get(0)));
        assertEquals(0, b.sentences().get(0).paragraph());
        assertEquals("区委书记欧阳振华主持会议。", b.textOf(b.sentences().get(2)));
        assertEquals(1, b.sentences().get(2).paragraph());
        Span credit = b.sentences().get(b.sentences().size() - 1);
        assertEquals("（记者 宋佳）", b.textOf(credit));
        assertEquals(b.paragraphs().size() - 1, credit.paragraph());
        int at = b.text().indexOf("区委书记欧阳振华");
        assertEquals(b.sentences().get(2), b.sentenceAt(at));
    }
}
