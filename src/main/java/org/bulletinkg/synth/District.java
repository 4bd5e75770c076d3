package org.bulletinkg.synth;

import java.util.List;

/**
 * A district whose bulletins are generated: its name as a manifest's jurisdiction, its short form, a slug
 * for file names and addresses, and places its bulletins mention (streets, zones, parks).
 */
record District(String name, String shortName, String slug, List<String> places) {

    /** Beijing's sixteen districts with places of each (real places; the people are invented). */
    static final List<District> BEIJING = List.of(
            new District("东城区", "东城", "dongcheng", List.of("王府井", "前门", "南锣鼓巷", "天坛", "首都功能核心区")),
            new District("西城区", "西城", "xicheng", List.of("金融街", "大栅栏", "白塔寺", "什刹海", "首都功能核心区")),
            new District("朝阳区", "朝阳", "chaoyang", List.of("北京商务中心区", "奥林匹克中心区", "金盏国际合作服务区", "望京", "温榆河公园")),
            new District("丰台区", "丰台", "fengtai", List.of("丽泽金融商务区", "丰台科技园", "卢沟桥", "南中轴")),
            new District("石景山区", "石景山", "shijingshan", List.of("首钢园", "永定河", "八宝山", "模式口")),
            new District("海淀区", "海淀", "haidian", List.of("中关村科学城", "中关村科学城北区", "学院路街道", "上地街道", "西北旺镇", "温泉镇")),
            new District("门头沟区", "门头沟", "mentougou", List.of("永定河", "京西古道", "妙峰山", "潭柘寺")),
            new District("房山区", "房山", "fangshan", List.of("良乡高教园区", "琉璃河", "长沟", "燕山")),
            new District("通州区", "通州", "tongzhou", List.of("北京城市副中心", "宋庄", "张家湾", "台湖", "城市绿心")),
            new District("顺义区", "顺义", "shunyi", List.of("首都国际机场", "后沙峪", "天竺综合保税区", "潮白河")),
            new District("昌平区", "昌平", "changping", List.of("未来科学城", "回龙观", "天通苑", "沙河高教园区", "温榆河公园")),
            new District("大兴区", "大兴", "daxing", List.of("大兴国际机场", "亦庄新城", "魏善庄", "北京经济技术开发区")),
            new District("怀柔区", "怀柔", "huairou", List.of("怀柔科学城", "雁栖湖", "慕田峪长城")),
            new District("平谷区", "平谷", "pinggu", List.of("金海湖", "马坊", "丫髻山")),
            new District("密云区", "密云", "miyun", List.of("密云水库", "古北口", "云佛山")),
            new District("延庆区", "延庆", "yanqing", List.of("世园公园", "八达岭长城", "龙庆峡", "延庆冬奥赛区")));
}
