package org.bulletinkg.synth;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Invents people's names: a common surname and one or two given-name characters, never the same name twice
 * in a corpus, so that every official is one person wherever they appear.
 */
final class Names {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
    private static final String[] COMPOUND = {"欧阳", "司马", "上官", "诸葛"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华建志红文辉力斌宇浩凯健俊帆旭宁峰鹏晨丹雪琳"
            + "晓波鑫博欣佳颖婷倩玉萍云亮成永春晖立雅思晶振东荣庆卫民光宏德利清飞彬鸣远昊坤毅哲梅兰松岩涵蕾瑶";

    private final Random random;
    private final Set<String> used = new HashSet<>();

    Names(Random random) {
        this.random = random;
    }

    String next() {
        while (true) {
            String surname = random.nextInt(40) == 0 ? COMPOUND[random.nextInt(COMPOUND.length)]
                    : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            StringBuilder name = new StringBuilder(surname).append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            if (surname.length() == 1 && random.nextInt(4) != 0) {
                name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            if (used.add(name.toString())) {
                return name.toString();
            }
        }
    }
}
