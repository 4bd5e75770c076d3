#!/usr/bin/env python3
"""Derive the project's gazetteer of China's administrative divisions from the facts in shared/data/divisions.

usage: scripts/gazetteer.py [DIVISIONS_DIR] [OUT_TSV]
  defaults: ../shared/data/divisions and src/main/resources/gazetteer/divisions.tsv (from the project root)

Sources (facts, CC0): the Ministry of Civil Affairs' national place-name service as compiled in March 2026 by
Chen-Yuanmeng/China-Administrative-Divisions; Wikidata ids and centres as compiled in celebrateyang/newlook.

One division a line, tab-separated: code, name (the official full name), level (province, prefecture, county,
township), parent code (empty for a province), short form (empty where none: fewer than two characters left,
or ambiguous within the parent), ambiguity (the short form that was left out because two children of one
parent share it), abolished (1 for a unit marked （撤销）), Wikidata QID, latitude, longitude.
"""
import csv, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'data', 'divisions')
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'src', 'main', 'resources', 'gazetteer', 'divisions.tsv')

def rows(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        return list(csv.DictReader(f))

# The peoples that name autonomous units (海北藏族自治州, 围场满族蒙古族自治县, 长哨营满族乡).
PEOPLES = ('蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|塔塔尔|俄罗斯|达斡尔|鄂温克|鄂伦春|土家|布依|哈尼|朝鲜|'
           '傈僳|纳西|景颇|仡佬|毛南|仫佬|拉祜|撒拉|东乡|保安|裕固|锡伯|普米|阿昌|德昂|布朗|基诺|门巴|珞巴|独龙|'
           '赫哲|高山|藏|回|壮|苗|侗|彝|傣|白|满|瑶|畲|黎|羌|土|水|佤|怒|京')
ETHNIC = '(?:(?:' + PEOPLES + ')族)*'
SUFFIXES = {
    'province': ['壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '特别行政区', '省', '市'],
    'prefecture': [ETHNIC + '自治州', '地区', '盟', '市'],
    'county': [ETHNIC + '自治县', ETHNIC + '自治旗', '林区', '特区', '新区', '县', '区', '市', '旗'],
    'township': [ETHNIC + '乡', ETHNIC + '苏木', '街道办事处', '街道', '镇', '乡', '苏木'],
}

def short(name, level):
    """The name without its level word (and the peoples of an autonomous unit); '' when under two characters."""
    for s in SUFFIXES[level]:
        m = re.fullmatch('(.{2,}?)' + s, name)
        if m:
            return m.group(1)
    return ''

divisions = []  # [code, name, level, parent, abolished]
# GB/T 2260 gives Taiwan the code 71; the source's code field holds no number for it.
KNOWN_CODES = {'台湾省': '71'}
for r in rows('provinces.csv'):
    code = r['code'] if r['code'].isdigit() else KNOWN_CODES.get(r['name'])
    if code:
        divisions.append([code, r['name'], 'province', '', 0])
cities = {}
for r in rows('cities.csv'):
    cities[r['code']] = r
    if r['name'] != '市辖区':
        divisions.append([r['code'], r['name'], 'prefecture', r['provinceCode'], 0])
area_level = {}
for r in rows('areas.csv'):
    city = cities.get(r['cityCode'])
    if city is None:  # a city without districts (东莞市, 中山市): a prefecture of its province
        divisions.append([r['code'], r['name'], 'prefecture', r['provinceCode'], 0])
        area_level[r['code']] = 'prefecture'
    else:
        parent = r['provinceCode'] if city['name'] == '市辖区' else r['cityCode']
        divisions.append([r['code'], r['name'], 'county', parent, 0])
        area_level[r['code']] = 'county'
for r in rows('streets.csv'):
    name = r['name']
    abolished = 1 if '（撤销）' in name or '(撤销)' in name else 0
    name = re.sub(r'[（(]撤销[）)]', '', name).strip()
    divisions.append([r['code'], name, 'township', r['areaCode'], abolished])

wikidata = {}
for r in rows('wikidata.csv'):
    code = r['code'][:9] if len(r['code']) == 12 and r['code'].endswith('000') else r['code']
    wikidata[code] = (r['wikidata'], r['lat'], r['lon'])

# County-level divisions that the division tables leave out and Wikidata's table holds: those a province
# administers directly (临高县, 仙桃市, 济源市, 石河子市: codes xx90xx) and a few others; a county of its
# prefecture where that prefecture is known, else of its province.
known = {d[0] for d in divisions}
prefectures = {d[0] for d in divisions if d[2] == 'prefecture'}
for r in rows('wikidata.csv'):
    code = r['code']
    if len(code) == 6 and code not in known and code[:2] in known:
        parent = code[:4] if code[:4] in prefectures else code[:2]
        divisions.append([code, r['name'], 'county', parent, 0])

# short forms, left out where two children of one parent would share one
shorts = {}
for d in divisions:
    shorts.setdefault((d[3], short(d[1], d[2])), []).append(d[0])
names_by_parent = {(d[3], d[1]) for d in divisions}
lines = []
for code, name, level, parent, abolished in divisions:
    s = short(name, level)
    ambiguous = ''
    if s and (len(shorts[(parent, s)]) > 1 or (parent, s) in names_by_parent):
        ambiguous, s = s, ''
    qid, lat, lon = wikidata.get(code, ('', '', ''))
    lines.append('\t'.join([code, name, level, parent, s, ambiguous, str(abolished), qid, lat, lon]))
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w', encoding='utf-8') as f:
    f.write('# China\'s administrative divisions, derived by scripts/gazetteer.py; sources and licence: README.md.\n')
    f.write('# code\tname\tlevel\tparent\tshort\tambiguous-short\tabolished\twikidata\tlat\tlon\n')
    f.write('\n'.join(lines) + '\n')
linked = sum(1 for l in lines if l.split('\t')[7])
print(f'{len(lines)} divisions, {linked} with a Wikidata id, written to {out}')
