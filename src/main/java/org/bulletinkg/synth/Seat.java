package org.bulletinkg.synth;

import java.util.List;

/**
 * The posts of a district whose holders bulletins name, with the title written before a name on first
 * mention, the short title used in lists (区委常委A、B), and the seat a vacancy is filled from (null: from
 * outside, a new person).
 */
enum Seat {
    SECRETARY("区委书记", "区委书记"),
    MAYOR("区委副书记、区长", "区长"),
    DEPUTY_SECRETARY("区委副书记", "区委副书记"),
    EXECUTIVE_VICE_MAYOR("区委常委、常务副区长", "区委常委"),
    ORGANIZATION("区委常委、组织部部长", "区委常委"),
    PROPAGANDA("区委常委、宣传部部长", "区委常委"),
    DISCIPLINE("区委常委、区纪委书记", "区委常委"),
    VICE_MAYOR_1("副区长", "副区长"),
    VICE_MAYOR_2("副区长", "副区长"),
    VICE_MAYOR_3("副区长", "副区长"),
    DEVELOPMENT("区发展改革委主任", "区发展改革委主任"),
    FINANCE("区财政局局长", "区财政局局长"),
    EDUCATION("区教委主任", "区教委主任"),
    COMMERCE("区商务局局长", "区商务局局长"),
    HEALTH("区卫生健康委主任", "区卫生健康委主任"),
    ECOLOGY("区生态环境局局长", "区生态环境局局长"),
    HOUSING("区住房城乡建设委主任", "区住房城乡建设委主任"),
    CITY("区城市管理委主任", "区城市管理委主任"),
    SERVICES("区政务服务局局长", "区政务服务局局长"),
    MARKET("区市场监管局局长", "区市场监管局局长"),
    LABOUR("区人力社保局局长", "区人力社保局局长"),
    CIVIL("区民政局局长", "区民政局局长"),
    CONGRESS_DIRECTOR("区人大常委会主任", "区人大常委会主任"),
    CONGRESS_DEPUTY_1("区人大常委会副主任", "区人大常委会副主任"),
    CONGRESS_DEPUTY_2("区人大常委会副主任", "区人大常委会副主任"),
    CONGRESS_DEPUTY_3("区人大常委会副主任", "区人大常委会副主任"),
    CPPCC_CHAIR("区政协主席", "区政协主席"),
    CPPCC_VICE_1("区政协副主席", "区政协副主席"),
    CPPCC_VICE_2("区政协副主席", "区政协副主席"),
    CPPCC_VICE_3("区政协副主席", "区政协副主席"),
    CPPCC_SECRETARY("区政协秘书长", "秘书长");

    static final List<Seat> VICE_MAYORS = List.of(VICE_MAYOR_1, VICE_MAYOR_2, VICE_MAYOR_3);
    static final List<Seat> STANDING_MEMBERS = List.of(EXECUTIVE_VICE_MAYOR, ORGANIZATION, PROPAGANDA, DISCIPLINE);
    static final List<Seat> DEPARTMENTS = List.of(DEVELOPMENT, FINANCE, EDUCATION, COMMERCE, HEALTH, ECOLOGY,
            HOUSING, CITY, SERVICES, MARKET, LABOUR, CIVIL);
    static final List<Seat> CONGRESS_DEPUTIES = List.of(CONGRESS_DEPUTY_1, CONGRESS_DEPUTY_2, CONGRESS_DEPUTY_3);
    static final List<Seat> CPPCC_VICES = List.of(CPPCC_VICE_1, CPPCC_VICE_2, CPPCC_VICE_3);

    final String title;
    final String shortTitle;

    Seat(String title, String shortTitle) {
        this.title = title;
        this.shortTitle = shortTitle;
    }
}
