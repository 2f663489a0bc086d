#!/usr/bin/env python3
"""Writes src/main/resources/identity/common-passwords.txt: passwords that every guessing list
tries first. Nothing is downloaded: the list is built from the patterns such lists are made of
(well-known words and names, pinyin favourites, keyboard walks, digit runs, dates, and those
with the usual suffixes), lower-case, one a line. Run it again after changing a pattern:
    python3 tools/common-passwords.py
"""
import itertools
import pathlib

WORDS = """password passw0rd p@ssword p@ssw0rd pass pa55word qwerty qwertz azerty qwertyuiop asdf asdfgh
asdfghjkl zxcvbn zxcvbnm qazwsx 1qaz2wsx zaq12wsx 1q2w3e4r 1q2w3e4r5t q1w2e3r4 qweasd qweasdzxc admin
administrator root toor welcome letmein monkey dragon master sunshine princess football baseball soccer
basketball iloveyou trustno1 shadow superman batman spiderman michael jennifer jordan hunter ranger harley
hello hello123 freedom whatever starwars abc abcd abcdef abcdefg abcdefgh test tester testing guest changeme
default secret login access love loveme lovely computer internet server system manager user username
service support office union tradeunion officer member worker china beijing shanghai guangzhou shenzhen
xicheng dongcheng chaoyang haidian shunyi gonghui zhonghua zhongguo woaini woaini1314 aini wodemima mima
mimamima zhang wang li liu chen yang huang zhao zhou wu xu sun ma zhu hu guo he lin luo gao xiaoming
xiaohong laopo laogong baobao tiantian kaixin xingfu pingan nihao qq qqqq hao123 woshishui wangyi baidu
taobao alibaba tencent weixin wechat huawei xiaomi apple iphone samsung google facebook linkedin
microsoft windows linux ubuntu oracle mysql postgres database summer winter spring autumn monday
friday sunday january december flower tiger lion panda dragonfly rabbit chicken cookie cheese
pepper ginger orange banana cherry purple yellow silver golden diamond angel angels lucky lucky888
fuck fuckyou killer ninja pokemon naruto matrix mustang ferrari porsche corvette mercedes
charlie thomas george daniel andrew joshua jessica ashley amanda nicole michelle robert william
david richard joseph james john maggie buster bailey ginger sophie jasmine liverpool chelsea
arsenal barcelona realmadrid manchester juventus yankees cowboys lakers eagles steelers
secure security private public network wireless router modem camera desheng jinrongjie shichahai
demo gonghui-dev dev develop developer production staging backup temp temporary initial
newpassword mypassword yourpassword nopassword passwort motdepasse contrasena senha parola""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789",
            "!", "1!", "123!", "@123", "#123", "01", "007", "11", "666", "888", "999", "000", "520",
            "1314", "5201314", "2008", "2010", "2015", "2018", "2019", "2020", "2021", "2022", "2023",
            "2024", "2025", "2026", "2027", "@2024", "@2025", "@2026", "abc", "qwe", "!@#"]

RUNS = ["123456", "1234567", "12345678", "123456789", "1234567890", "12345678910", "0123456789",
        "987654321", "9876543210", "654321", "123123", "123123123", "123321", "112233", "11223344",
        "121212", "147258", "147258369", "159357", "159753", "741852963", "963852741", "258369",
        "5201314", "1314520", "520520", "521521", "201314", "131421", "168168", "666888", "888888",
        "1qaz2wsx3edc", "1qaz@wsx", "!qaz2wsx", "qazwsxedc", "qazwsxedcrfv", "1q2w3e4r5t6y",
        "q1w2e3r4t5", "zaq1xsw2", "1a2b3c4d", "a1b2c3d4", "aa123456", "a123456", "a1234567",
        "a12345678", "abc123456", "123qwe", "qwe123", "123abc", "abc123", "123456a", "123456abc",
        "qwer1234", "asdf1234", "zxcv1234", "1234qwer", "1234abcd", "abcd1234", "qwertyuiop123",
        "1qazxsw2", "asd123", "asd123456", "zxc123", "zxc123456", "qq123456", "woaini520", "iloveyou1314"]


def digit_repeats():
    for digit in "0123456789":
        for length in range(4, 17):
            yield digit * length
    for pair in ["12", "21", "13", "69", "88", "66", "ab", "xo", "ha"]:
        for times in range(3, 9):
            yield pair * times


def keyboard_walks():
    rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0987654321", "poiuytrewq", "lkjhgfdsa"]
    for row in rows:
        for start in range(len(row)):
            for end in range(start + 4, len(row) + 1):
                yield row[start:end]
    for a, b in [("qwerty", "123456"), ("asdfgh", "123456"), ("1234", "qwer"), ("qwer", "asdf")]:
        yield a + b
        yield b + a


def dates():
    # the special days people use: New Year, 520, the double ones, and such days of recent years
    for year in range(1950, 2027):
        for month, day in [(1, 1), (5, 20), (8, 8), (6, 6), (9, 9), (10, 1), (12, 12), (11, 11), (2, 14)]:
            yield f"{year}{month:02d}{day:02d}"
            yield f"{year}-{month:02d}-{day:02d}"
        yield f"{year}{year}"


def main():
    entries = set()
    for word, suffix in itertools.product(WORDS, SUFFIXES):
        entries.add(word + suffix)
    for word in WORDS:
        entries.add(word + word)
        entries.add(word.capitalize())
        entries.add(word.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1"))
    for phrase in ["iloveyou", "iloveyoutoo", "iloveyouforever", "letmeinplease", "correcthorsebatterystaple",
                   "correct horse battery staple", "thequickbrownfox", "passwordpassword", "welcometochina",
                   "woaiwojia", "woaizhongguo", "woaibeijing", "woaiwolaopo", "woaiwolaogong", "wojiushiwo",
                   "zhongguorenmin", "changeit", "changemenow", "adminadmin", "administrator1", "rootroot"]:
        entries.add(phrase)
    entries.update(RUNS)
    entries.update(digit_repeats())
    entries.update(keyboard_walks())
    entries.update(dates())
    lines = sorted(entry.lower() for entry in entries if entry.strip() == entry and len(entry) >= 4)
    target = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/identity/common-passwords.txt"
    target.write_text("".join(dict.fromkeys(line + "\n" for line in lines)), encoding="utf-8")
    print(f"{len(set(lines))} entries written to {target}")


if __name__ == "__main__":
    main()
