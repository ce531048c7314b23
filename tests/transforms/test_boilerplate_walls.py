"""Walls, the runs of 10+ chrome lines that split a page into separately scored regions, must hold lines named as
chrome: an in-article table, list or recipe card made only of lines the line model doubts does not split the
article (the part past it used to be cut when it scored below half of the best block). Also the sentence end that
an editor's sigil follows ("... voraus. (bsc)"). Real lines from the `tune` half of ../shared/eval/boilerplate and
the odd-numbered pages of ../shared/eval/boilerplate_multilingual."""

from tests.transforms.test_boilerplate import EN_PROSE, classify

# page 2bc7df of the tune half: a story, then its recipe card (ingredients, then the steps)
STORY = [
    "Now that your jars are filled, put the tops on, lower the rack into the canner, and use your jar lifter to "
    "lower the jars into the water one at a time. Turn the stove up from simmering to boil the jars.",
    "Remove the jars from the boiling water and let them cool for several hours. If your jam looks runny, don’t "
    "worry. It will thicken as it cools. It could take 24-48 hours to really look like jam.",
    "I like to use honey because it has more flavor than sugar. In general, when substituting honey for sugar in a "
    "recipe you will use about half the amount.",
    "Both the pear jam and honey are a delicious addition to toast, biscuits, or homemade vanilla scones.",
]
INGREDIENTS = ["Spiced Honey Pear Jam", "Print", "Ingredients", "8-9 ripe pears, cored and peeled",
               "1 lemon, or about 1/4 cup lemon juice", "6 tbsp fruit pectin powder", "1 tsp cinnamon", "1 tsp nutmeg",
               "1 tsp ground ginger", "1/2 tsp ground cloves", "1 jar Don Victor® Honey, or 1 1/2 cups",
               "Instructions"]  # fmt: skip
STEPS = [
    "Fill canner with water and set it to simmer. Add empty jelly jars to sterilize and warm.",
    "Add 1 1/2 cups Don Victor® Honey and boil until thickened enough to stick to the spoon.",
    "Remove from canner and allow to cool. Jam will set within 24-48 hours.",
]
FOOTER = ["You may also like:", "Sharing is caring!", "Pinterest", "Facebook", "Twitter"]


def rules_by_line(page: list[str], **options: int) -> dict[str, str | None]:
    out = classify({"f.txt": "\n".join(page)}, **options)
    return dict(zip(out["text"].to_list(), out["rule"].to_list(), strict=False))


def test_recipe_card_does_not_split_the_article() -> None:
    page = ["Home", "Recipes", *STORY * 3, *INGREDIENTS, *STEPS, *FOOTER]
    rules = rules_by_line(page)
    assert [rules[line] for line in STEPS] == [None] * len(STEPS)
    assert rules["8-9 ripe pears, cored and peeled"] is None
    assert rules["Print"] == "print"
    assert rules["Facebook"] == "share"
    # the old walls (no named line required): the ingredients split the page and the steps went as page chrome
    before = rules_by_line(page, wall_min_named=0)
    assert [before[line] for line in STEPS] == ["nav_tail"] * len(STEPS)


# page 159 of boilerplate_multilingual: a "best of" listicle, each pick's pros and cons then the next pick
PROS_CONS = ["Pros", "It cleans even stubborn stains completely", "Fast cycle times", "It dries dishes", "Cons",
             "Controls can be finicky", "Some options only available on app", "Buy now at AJ Madison",
             "Credit: Hisense", "Best Refrigerator", "Hisense HRM260N6TSE Smart Refrigerator"]  # fmt: skip
FIRST_PICK = [
    "The Bosch 800 Series dishwasher delivers high-tech cleaning performance and unparalleled customization, making it "
    "the best dishwasher we've tested. From the PowerControl spray arm to Bosch’s proprietary CrystalDry technology, "
    "this dishwasher will clean and dry your dishes better than most dishwashers on the market—and it will do it all "
    "in near silence.",
    "Plus, this dishwasher is smart. Connecting to the Home Connect app enables even more powerful features, including "
    "remote start and cycle customizations. You can even target specific areas for deeper cleaning, meaning there’s "
    "no wrong way to load this dishwasher.",
]
NEXT_PICK = (
    "If you're shopping for a top-quality French-door refrigerator and want to spend less than $2,000, the "
    "Lowe’s-exclusive Hisense HRM260N6TSE is one of the best options available. There aren't many other models "
    "we've tested that offer consistent temperatures, lots of usable storage, LED lighting, and innovative features "
    "at this price point."
)


def test_pros_and_cons_list_does_not_cut_the_next_pick() -> None:
    # the caption in the run is an in-article rule: it does not make the list a wall
    page = ["Home", "Appliances", *FIRST_PICK * 3, *PROS_CONS, NEXT_PICK, "Related content", "About Us",
            "Privacy Policy"]  # fmt: skip
    rules = rules_by_line(page)
    assert rules[NEXT_PICK] is None
    assert rules["Fast cycle times"] is None
    assert rules["Credit: Hisense"] == "caption"
    assert rules_by_line(page, wall_min_named=0)[NEXT_PICK] == "nav_tail"


def test_menu_with_named_lines_still_splits_the_page() -> None:
    # a footer menu between the article and a sidebar paragraph: its "Home", "Contact", "Privacy Policy" name it
    menu = ["Home", "World", "Business", "Tech", "Science", "Health", "Sports", "Contact", "Privacy Policy",
            "Careers", "Advertise"]  # fmt: skip
    sidebar = "Our newsroom is funded by readers like you, and we depend on your support to keep reporting the news."
    page = ["Top stories", *[EN_PROSE] * 8, *menu, *[sidebar] * 3]
    rules = rules_by_line(page)
    assert rules[EN_PROSE] is None
    assert rules[sidebar] == "nav_tail"
    assert rules_by_line(page, wall_min_lines=1000)[sidebar] is None  # without the wall the block runs on into it


# page 039 of boilerplate_multilingual (heise): the editor's sigil after the article's last sentence
SIGIL_LAST = (
    "1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt in seiner aktuellen Version mindestens "
    "OS X 10.10 voraus. (bsc)"
)
HEISE = [
    "Update 5.3 des Passwortmanagers liefert auch noch weitere Verbesserungen. So gibt es die Möglichkeit, "
    "FaceTime-Audio- oder Skype-Anrufe aus 1Password zu starten, die Zahl der Zusatzfelder in der Datenbank wurde "
    "erweitert und der Umgang mit unterschiedlichen Zeitzonen klappt besser.",
    "Zur TOTP-Nutzung muss zunächst ein Startwert an 1Password übergeben werden. Das geht unter anderem per "
    "QR-Code, den die App über ein neues Scanfenster selbst einlesen kann – etwa aus dem Webbrowser.",
]
HEISE_TAIL = ["« Vorige | Nächste »", "Kommentare lesen (1 Beitrag)", "Forum zum Thema: Software für Mac OS X",
              "teilen17", "tweet0", "+12", "mail", "Info", "Permalink: http://heise.de/-2596987",
              "Version zum Drucken"]  # fmt: skip


def test_editor_sigil_after_the_last_sentence_ends_a_sentence() -> None:
    rules = rules_by_line(["Mac & i", *HEISE * 2, SIGIL_LAST, *HEISE_TAIL])
    assert rules[SIGIL_LAST] is None
    assert rules["Version zum Drucken"] == "nav_tail"
    out = classify({"f.txt": "\n".join([SIGIL_LAST, "Remove the jars. (ats/nxp)", "The Moon rises. (AP)",
                                        "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)"])})
    # lower-case sigils only: upper-case "(AP)" and "(NASA/JPL-Caltech/ASU)" are photo credits of captions
    assert out["ends_sentence"].to_list() == [True, True, False, False]


# page eecd25 of the tune half: an AP photo gallery inside the article, each caption written twice (alt text, caption)
GALLERY_CAPTION = (
    "Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball game against the "
    "Oklahoma City Thunder on Tuesday, Nov. 19, 2019, in Los Angeles."
)
GALLERY = [GALLERY_CAPTION, GALLERY_CAPTION, "Photo: Ringo H.W. Chiu, AP", "Photo: Ringo H.W. Chiu, AP", "Image 1 of / 4",
           "Caption", "Close", "Image 1 of 4", GALLERY_CAPTION, GALLERY_CAPTION, "Photo: Ringo H.W. Chiu, AP",
           "LeBron sets triple-double mark, Lakers hold off OKC 112-107", "1 / 4", "Back to Gallery"]  # fmt: skip
AFTER_GALLERY = "James has five triple-doubles in the Lakers' last 10 games, getting four in their last five outings."


def test_a_sentence_written_twice_in_a_row_is_a_caption_and_a_gallery_splits_nothing() -> None:
    # two pages of the site: the gallery's "Caption", "Close", "Back to Gallery" repeat across files
    page = ["Home", "Sports", *[EN_PROSE] * 3, *GALLERY, *[AFTER_GALLERY] * 20, "About Us", "Privacy Policy"]
    other = [line.replace("Lakers", "Clippers") for line in page]
    out = classify({"a.txt": "\n".join(page), "b.txt": "\n".join(other)})
    rules = dict(zip(out.filter(out["source_path"] == "a.txt")["text"], out.filter(out["source_path"] == "a.txt")["rule"]))
    assert rules[GALLERY_CAPTION] == "caption"
    assert rules[EN_PROSE] is None  # the article above the gallery is not cut as a region of its own
    assert rules[AFTER_GALLERY] is None


def test_a_headline_written_twice_and_a_sentence_written_thrice_are_no_caption() -> None:
    headline = "LeBron sets triple-double mark, Lakers hold off OKC 112-107"
    out = classify({"f.txt": "\n".join(["Home", headline, headline, *[EN_PROSE] * 3])})
    assert "caption" not in out["rule"].to_list()
    assert out["rule"].to_list()[-3:] == [None, None, None]
