package org.bulletinkg.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The wording banks the articles draw from: what meetings "point out" and "stress", the topics they deal
 * with, document titles, slogans with the years they were current, and the occasions whose speeches
 * meetings convey. Slots in sentences: {J} the district's short name, {P} one of its places, {S} a slogan of
 * the day, {T} a topic.
 */
final class Phrases {
    private Phrases() {
    }

    static final List<String> OPENERS = List.of("会议指出", "会议强调", "会议要求", "会议认为", "会议提出");

    static final List<String> SENTENCES = List.of(
            "要坚持以人民为中心的发展思想，把{T}作为一项长期任务抓紧抓实，让群众看到实实在在的变化。",
            "各部门要增强大局意识，主动对接市级部门，把各项政策措施落实到{P}等重点区域。",
            "要做好{S}工作，稳住经济基本盘，确保全年目标任务顺利完成。",
            "{J}正处在转型发展的关键时期，必须保持战略定力，在危机中育先机、于变局中开新局。",
            "要坚持问题导向，对群众反映集中的停车、养老、入学等问题建立台账，逐项推动解决。",
            "要抓好{P}建设，加快完善交通、教育、医疗等配套设施，提升区域综合承载能力。",
            "要统筹发展和安全，守牢安全生产底线，扎实做好防汛、消防、燃气等重点领域隐患排查。",
            "要持续深化{S}，以群众满意度检验工作成效。",
            "各级领导干部要带头深入基层、深入一线，及时掌握新情况、解决新问题。",
            "要落实全面从严治党主体责任，驰而不息纠治“四风”，营造风清气正的政治生态。",
            "要强化财政资金绩效管理，坚持过紧日子，把有限的资金用在刀刃上。",
            "要紧扣首都城市战略定位，主动服务{S}，在全市大局中找准{J}的坐标。",
            "要加大招商引资力度，围绕新一代信息技术、医药健康、智能制造等产业精准招商。",
            "要推行“一网通办”“一窗受理”，让企业和群众办事更加便利。",
            "要加快推进老旧小区综合整治，因地制宜实施加装电梯、管线改造和环境提升。",
            "要持续打好蓝天、碧水、净土保卫战，推动生态环境质量持续改善。",
            "要做好就业、养老、托育等民生保障，兜牢兜实基本民生底线。",
            "要加强对重点项目的调度，倒排工期、挂图作战，确保按期完工、早日见效。",
            "要把{S}与全区中心工作结合起来，做到两手抓、两促进。",
            "要深化街道管理体制改革，推动资源、服务、管理向基层下沉。",
            "要加强统筹协调，各牵头部门要主动担当，配合部门要积极支持，形成工作合力。",
            "要加快数字政府建设，推动数据共享和业务协同，提升城市精细化治理水平。",
            "要坚持规划引领，严守生态保护红线和城镇开发边界，推动城乡融合发展。",
            "要做好重要节日和重大活动期间的服务保障，确保社会大局和谐稳定。",
            "要提升城市管理水平，深入开展背街小巷环境整治，打造整洁有序的街巷环境。",
            "要强化科技创新引领，支持企业加大研发投入，推动更多科技成果在{P}转化落地。",
            "要落实意识形态工作责任制，讲好{J}故事，传播好{J}声音。",
            "要加强政策宣传解读，及时回应社会关切，为改革发展营造良好舆论氛围。",
            "要抓好干部队伍建设，树立重实干、重实绩的用人导向，激励干部担当作为。",
            "要严格执行民主集中制，完善议事决策规则，提高科学决策、民主决策、依法决策水平。",
            "要完善应急管理体系，健全预警响应机制，提高防范化解重大风险的能力。",
            "要推动教育优质均衡发展，扩大优质学位供给，办好人民满意的教育。",
            "要加强社区卫生服务中心建设，提高基层医疗服务能力，方便群众就近看病。",
            "要持续推进{S}，腾退空间优先用于补齐便民服务设施和绿化空间。",
            "要加强对{P}周边区域的综合治理，持续提升城市环境品质。",
            "要积极融入{S}，发挥{J}比较优势，在协同发展中实现更大作为。",
            "要发挥人大代表和政协委员作用，广泛听取意见建议，凝聚发展共识。",
            "要健全考核评价机制，把工作落实情况作为检验干部作风能力的重要依据。",
            "要加强文物保护和历史文化传承，让历史文化资源在保护中焕发新活力。",
            "要认真吸纳讨论中提出的意见建议，进一步修改完善后按程序印发实施。",
            "要以钉钉子精神抓好各项任务落实，确保每项工作都有人管、有人抓、有成效。",
            "要加快构建现代化产业体系，推动{J}经济高质量发展。",
            "要统筹用好各类资金，加强全过程监管，确保资金安全、规范、高效使用。",
            "{P}是全区发展的重要增长极，要在规划建设、产业导入和公共服务上同步发力。",
            "要坚持{S}，既要保持定力、稳扎稳打，又要抢抓机遇、主动作为。",
            "去年以来，全区上下围绕{T}做了大量工作，取得了阶段性成效，但与群众期盼相比仍有差距。");

    static final List<String> TOPICS = List.of("优化营商环境", "城市更新", "垃圾分类", "安全生产", "基层治理", "文物保护",
            "防汛", "数字经济", "养老服务", "教育综合改革", "生态文明建设", "文明城区创建", "背街小巷环境整治", "平安建设",
            "市场监管", "重点项目建设", "招商引资", "人才工作", "审计整改", "巡察整改", "国有资产管理", "全民健身",
            "无障碍环境建设", "住房保障", "河长制", "林长制", "城乡结合部建设", "公共文化服务", "社会信用体系建设",
            "物业管理", "应急管理", "科技创新", "就业促进", "农村人居环境整治", "消费提质");

    static final List<String> DOC_PATTERNS = List.of(
            "{F}{Y}年{T}工作要点", "{F}关于加强{T}工作的实施意见", "{F}{T}三年行动计划（{Y}—{Y2}年）",
            "关于{Y0}年{T}工作情况的报告", "{F}{T}管理办法", "{F}{T}专项行动方案", "{F}关于进一步推进{T}的若干措施",
            "{F}{Y}年重点工程计划", "{F}{T}考核评价办法（试行）", "关于{F}{Y0}年国民经济和社会发展计划执行情况的报告",
            "{F}{T}工作方案", "{F}关于{T}的工作规则", "{F}{Y}年{T}实施方案");

    static final List<String> DOC_VERBS = List.of("研究了", "审议通过了", "原则通过了", "讨论了", "听取并审议了");

    static final List<String> XI_OCCASIONS = List.of("在中央经济工作会议上", "在中央全面深化改革委员会会议上",
            "在中央政治局集体学习时", "在中央财经委员会会议上", "在中央城市工作会议上", "在中央农村工作会议上",
            "关于安全生产工作", "在北京考察时", "在全国两会期间", "关于生态文明建设");

    static final List<String> CITY_OCCASIONS = List.of("在市委全会上", "在市委常委会会议上", "在全市领导干部会议上",
            "在全市安全生产工作会议上", "在市委经济工作会议上");

    static final List<String> EXPERT_PLACES = List.of("中央党校（国家行政学院）", "北京市委党校", "中国人民大学", "北京大学",
            "清华大学", "北京师范大学", "中国社会科学院");

    static final List<String> EXPERT_TITLES = List.of("教授", "研究员", "副教授");

    /** A slogan as bulletins quote it, and the years it was current. */
    private record Slogan(String text, int from, int to) {
    }

    private static final List<Slogan> SLOGANS = List.of(
            new Slogan("“六稳”", 2018, 2030), new Slogan("“六保”", 2020, 2030), new Slogan("“两区”建设", 2020, 2030),
            new Slogan("“放管服”改革", 2016, 2030), new Slogan("接诉即办", 2019, 2030),
            new Slogan("“街乡吹哨、部门报到”", 2018, 2030), new Slogan("“四个中心”功能建设", 2017, 2030),
            new Slogan("“新基建”", 2020, 2030), new Slogan("“三城一区”", 2017, 2030), new Slogan("“五子联动”", 2021, 2030),
            new Slogan("碳达峰碳中和", 2021, 2030), new Slogan("“双碳”", 2021, 2030), new Slogan("乡村振兴", 2018, 2030),
            new Slogan("“双减”", 2021, 2030), new Slogan("党史学习教育", 2021, 2021), new Slogan("疏解整治促提升", 2017, 2030),
            new Slogan("稳中求进工作总基调", 2016, 2030), new Slogan("“十三五”规划", 2016, 2020),
            new Slogan("“十四五”规划", 2021, 2025), new Slogan("优化营商环境", 2018, 2030),
            new Slogan("统筹推进疫情防控和经济社会发展", 2020, 2022), new Slogan("京津冀协同发展", 2016, 2030));

    static String slogan(Random r, int year) {
        List<String> current = new ArrayList<>();
        for (Slogan s : SLOGANS) {
            if (year >= s.from() && year <= s.to()) {
                current.add(s.text());
            }
        }
        return pick(r, current);
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** A number in Chinese numerals as bulletins write session numbers and terms (三十六, 一百零三). */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 100) {
            return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        int rest = n % 100;
        String head = digits.charAt(n / 100) + "百";
        if (rest == 0) {
            return head;
        }
        return head + (rest < 10 ? "零" + digits.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest));
    }
}
