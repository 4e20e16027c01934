"""Small, general word lists the miner needs: function words, and the head words that
mark Vietnamese titles, organisations and personal names.

These are facts about the two languages (any Vietnamese news text uses them), not
answers for a particular document.
"""

from __future__ import annotations

__all__ = [
    "EN_ARTICLES",
    "EN_COMPANY_FORMS",
    "EN_DEMONYMS",
    "EN_DEMONYM_PLACES",
    "EN_EDGE_STOP",
    "EN_ORG_WORDS",
    "EN_RANK_ABBREVIATIONS",
    "EN_ROLE_WORDS",
    "EN_STOP",
    "EN_TITLE_WORDS",
    "VI_CLAUSE_OPENERS",
    "VI_CLAUSE_WORDS",
    "VI_COMMON_SURNAMES",
    "VI_EVENT_HEADS",
    "VI_FUNCTION_SYLLABLES",
    "VI_NOUN_CLASSIFIERS",
    "VI_ORG_HEADS",
    "VI_PLACES",
    "VI_STOP",
    "VI_SURNAMES",
    "VI_TITLE_HEADS",
    "en_edge_stop",
]

# Function words no term starts or ends with; the last line, personal pronouns ("Hắn đã bắn
# …" opens no term, nor does "Chúng tôi …").
VI_STOP = frozenset(
    """
của và các những với cho là được có trong đã đang sẽ này đó để khi theo về tại trên dưới như cũng thì mà
nhưng hay hoặc vào ra lên một cùng đến nay rất nhiều cần phải không chưa đi lại bị do vì nên nếu hơn nhất
thêm số ông bà đây kia ấy nào gì ai bởi qua sau trước giữa ngoài tới từng mỗi mọi cả chỉ vẫn còn đều luôn
ngày năm tháng lần thứ việc sự cuộc nhằm tuy dù rằng thế hiện đồng_thời cũng_như bên trong_đó chiều sáng
tối trưa hôm nhé ạ ở nhau từ
đối_với so_với bao_gồm gồm nhờ thông_qua hướng_tới
tôi họ nó hắn chúng chúng_tôi chúng_ta chúng_nó mình
""".split()
)

# English articles: a quotation's English and a name's tail shed them at their edges.
EN_ARTICLES = frozenset({"a", "an", "the"})

# English words that never start or end a term ("the Ministry" → "Ministry").
EN_EDGE_STOP = frozenset(
    """
the a an of and or to in on at for with by from as is are was were be been being that this these those
its it his her their our 's ’s which who whom whose than then into onto upon about also has have had
will would shall should can could may might must not no but so such very more most other others all
any each both either neither same some one two three first second up out over under between through
during before after since until while where when there here what how why if
against across toward towards within without among amid despite via beyond behind along
""".split()
)

EN_STOP = EN_EDGE_STOP


def en_edge_stop(word: str) -> bool:
    """A word no term starts or ends with — unless written as an acronym ("WHO", "IT")."""
    return word.lower() in EN_EDGE_STOP and not (len(word) >= 2 and word.isupper())


# The surnames of most Vietnamese: one of these opening its own word starts a person's name
# even right after a place ("Chủ tịch UBND TP Hà Nội | Trần Sỹ Thanh").
VI_COMMON_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split())

VI_SURNAMES = VI_COMMON_SURNAMES | frozenset(
    """
Lương Tô Trịnh Đinh Mai Cao Lâm
Đoàn Vương Trương Hà Tạ Thái Chu Châu Quách Lưu Triệu Đào Kiều Lạc Tăng Văn Nông Hầu Khổng Mạc Thân Từ
La Lại Tôn Quan Phùng Doãn Diệp Giang Kim Lục Âu
""".split()
)

# Places whose Vietnamese name starts with a surname syllable ("Châu Âu", "Hà Lan", "Thái
# Lan"): a run of capitals starting with one is not a person ("Liên minh Châu Âu"); or with a
# function word ("Ai Cập", Egypt; "ai" is "who"): a name even where it opens a sentence.
VI_PLACES = frozenset(
    """
Ai_Cập Ai_Len Châu_Âu Châu_Á Châu_Phi Châu_Mỹ Châu_Úc Châu_Đại_Dương Châu_Nam_Cực Âu_Châu Á_Châu Hà_Lan Hà_Nội Hà_Tĩnh
Hà_Giang Hà_Nam Hà_Bắc Hà_Tây Thái_Lan Thái_Bình Thái_Bình_Dương Thái_Nguyên La_Mã Cao_Hùng Cao_Bằng
Lâm_Đồng Giang_Tô Giang_Tây Tô_Cách_Lan Kim_Môn Mai_Châu Quan_Thoại
""".split()
)

# First words of Vietnamese office titles. The last two lines (session 36) are the military
# ranks under the generals, which head a name as an office does ("Đại tá Fred Lewis").
VI_TITLE_HEADS = frozenset(
    """
Chủ_tịch Phó Thủ_tướng Bộ_trưởng Thứ_trưởng Tổng_Bí_thư Bí_thư Trưởng Chủ_nhiệm Ủy_viên Uỷ_viên Trợ_lý
Tổng_thống Đại_sứ Giám_đốc Tổng_Giám_đốc Quốc_vụ_khanh Tỉnh_trưởng Cục_trưởng Vụ_trưởng Viện_trưởng
Chánh Tổng_Thư_ký Thư_ký Người_phát_ngôn Đại_biểu Thượng_tướng Đại_tướng Trung_tướng Thiếu_tướng
Tổng_Lãnh_sự Lãnh_sự Thủ_trưởng Chủ_tịch_nước Phó_Thủ_tướng Phó_Chủ_tịch Trưởng_ban Phó_Trưởng_ban
Thủ_tướng Ngoại_trưởng Thống_đốc Thị_trưởng Phát_ngôn_viên Tổng_chưởng_lý Chưởng_lý Cảnh_sát_trưởng
Điều_phối_viên Kiểm_soát_viên Tổng_đốc Thủ_hiến Chi_cục_trưởng Tổng_cục_trưởng
Luật_sư Thượng_nghị_sĩ Đội_trưởng Đại_diện Phóng_viên
Người_đứng_đầu Lãnh_đạo Cố_vấn Thẩm_phán Nghị_sĩ Huấn_luyện_viên Diễn_viên
Đại_tá Thượng_tá Trung_tá Thiếu_tá Đại_úy Đại_uý Thượng_úy Thượng_uý Trung_úy Trung_uý Thiếu_úy Thiếu_uý
Đô_đốc Phó_Đô_đốc Chuẩn_Đô_đốc Chuẩn_tướng Trung_sĩ Thượng_sĩ Hạ_sĩ
GS PGS TS ThS BS GS.TS PGS.TS GS.TSKH PGS.TSKH TSKH ThS.BS TS.BS BSCKII
""".split()
)

# First words of Vietnamese organisation names. "Tổ_chức" to "Ban_Tổ_chức" (session 30) are the
# heads of the tuning gold lists' organisations and names that none of the others opened ("Tổ
# chức" twelve times, "Lực lượng" seven, "Bệnh viện" and "Sân bay" six); in lower case they are
# a verb or an everyday noun, so only capitalised do they head a name (``_CAPITAL_ONLY_HEADS``).
# "Chi_cục" to "Hãng" (session 60): local bodies of Vietnamese administration and Party,
# army units and firms ("Chi cục Chăn nuôi và Thú y", "Thành ủy Hà Nội", "Tiểu ban Văn kiện"),
# which reached no candidate whole (tuning +1 gold term, validation +1, report-only −2 by list
# length, Vietnamese-origin +5). "UBND" to "Bộ_đội" (session 61): the people's committees,
# councils, courts and procuracies by their abbreviations, the police, a division ("Phòng
# Cảnh sát giao thông"), an inspectorate or audit body and the border guard; cut from a
# title ("Chủ tịch | UBND tỉnh Khánh Hòa") they were fragments (Vietnamese-origin +12,
# tuning −1, report-only +1).
VI_ORG_HEADS = frozenset(
    """
Bộ Ban Văn_phòng Ủy_ban Uỷ_ban Hội_đồng Quốc_hội Chính_phủ Đảng Nhà_nước Cục Tổng_cục Vụ Sở Viện Tòa_án
Toà_án Hội_nghị Đại_hội Hội Liên_hiệp Liên_đoàn Tập_đoàn Công_ty Ngân_hàng Học_viện Trường Đại_học
Mặt_trận Bộ_Chính_trị Ban_Bí_thư Liên_hợp_quốc Quân_đội Quân_khu Báo Thông_tấn_xã Đài Cơ_quan
Trung_tâm Hiệp_hội Liên_minh Tổng_công_ty Bảo_tàng Viện_bảo_tàng Quỹ Hạ_viện Thượng_viện Cảnh_sát Tổ_chức
Lực_lượng Bệnh_viện Sân_bay Nhà_thờ Chương_trình Hải_quân Nghị_viện Khách_sạn Nhà_hát Ban_Tổ_chức
Chi_cục Tiểu_ban Thành_ủy Thành_uỷ Tỉnh_ủy Tỉnh_uỷ Huyện_ủy Huyện_uỷ Đảng_ủy Đảng_uỷ Chi_nhánh Phân_viện
Tổng_liên_đoàn Câu_lạc_bộ Nhà_xuất_bản Kho_bạc Sư_đoàn Trung_đoàn Tiểu_đoàn Hãng Cảng_hàng_không
UBND HĐND TAND VKSND Công_an Phòng Thanh_tra Kiểm_toán Bộ_đội
""".split()
)

# First words of the names of events, laws, treaties and awards ("Cách mạng Romania năm
# 1989", "đạo luật Trật tự Công cộng 1986", "giải Vô địch Wimbledon 2007"): they head a
# name the way an organisation's head does, but name no organisation.
VI_EVENT_HEADS = frozenset(
    """
Cách_mạng Chiến_tranh Chiến_dịch Giải Giải_thưởng Thế_vận_hội Luật Đạo_luật Dự_luật Hiệp_ước Hiệp_định
Công_ước Cuộc_thi Nghị_định Nghị_quyết Tuyên_bố Lễ_hội Triển_lãm Bầu_cử Cúp Bão
""".split()
)

#: classifiers of things and kinds ("chiếc đập", "cơn bão", "loại tảo", "tờ báo"): a
#: one-syllable noun after one is a term of its own where the text has it ("đập → dam",
#: "bão → storm"), though one-syllable nouns are no candidates elsewhere
VI_NOUN_CLASSIFIERS = frozenset("chiếc cơn loài loại tờ".split())

#: words that make a quotation a clause someone said, not a set phrase to render the same way
#: every time: a personal pronoun as its subject, or a tense marker on its verb ("chúng tôi đang
#: thực hiện các quyết định của tòa án"); an idiom has neither ("dĩ bất biến ứng vạn biến",
#: "chỉ nói thì không ăn thua")
VI_CLAUSE_WORDS = frozenset("tôi họ nó đã đang sẽ".split())

#: Function syllables a term's English need not account for (``trim.unexplained_edges``): a
#: narrower list than ``VI_STOP``, whose "ngày", "số", "ông" can be a term's own words.
VI_FUNCTION_SYLLABLES = frozenset(
    "của và các những với cho là được có trong đã đang sẽ này đó để khi theo về tại trên như cũng thì mà một".split()
)

#: words that coordinate two things: a term with one may translate as an English
#: coordination ("Bộ Y tế và WHO" → "Ministry of Health and WHO"); one without, not
VI_COORDINATORS = frozenset({"và", "hoặc", "hay", "cùng"})
EN_COORDINATORS = ("and", "or")
#: what an English company name ends in after a comma ("Phuong Nam Fruit Import-Export Co.,
#: Ltd"): the legal form is one unit with the name, no list
EN_COMPANY_FORMS = frozenset({"Ltd", "Inc", "LLC", "JSC", "Corp", "plc", "PLC", "LLP"})

#: quotation marks, each opener with its closer: candidates find quoted expressions with
#: them, projection the quotation a quoted term's English lies in
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "‘": "’"}
#: double quotation marks, straight and curly: a lone one inside an English ran over a
#: quotation's edge (``trim.without_stray_quote``); single ones are apostrophes too
DOUBLE_QUOTES = frozenset('"“”')

#: a quotation opening with a conjunction is the rest of a sentence ("để tránh quan điểm một chiều")
VI_CLAUSE_OPENERS = frozenset("nhưng để vì khi nếu và mà".split())

#: the words that end a place's English name after its own ("HCM City", "Nghe An Province")
EN_PLACE_KIND_ENDS = frozenset({"City", "Province", "District", "Ward", "Commune", "County"})

#: the levels of government English news writes in lower case before or inside a body's name
#: ("the provincial People's Committee", "Chairman of the municipal People's Council")
EN_GOVERNMENT_LEVELS = frozenset({"provincial", "municipal", "city", "district", "commune", "ward"})

EN_TITLE_WORDS = frozenset(
    """
president minister secretary head deputy director ambassador chairman chairwoman chair assistant member
premier chief general spokesperson spokesman governor commander consul envoy delegate vice permanent
""".split()
)

#: Words that end a role written before a person's name ("California State Senator Joseph
#: Dunn", "Assistant Commissioner Clifford"): the title words and, learnt from the tuning
#: documents' gold lists, every word that ends an accepted English of a "title" term on two or
#: more of them — but plurals, place names and organisation words (session 25: 27 words) —
#: and every word that ends one on a single tuning document and no gold English of another
#: kind, but plurals (57 more: "barrister", "MP", "Rep", "sheriff"; a few odd ones such as
#: "exchequer" or "precinct" come with the rule and do no harm there).
EN_ROLE_WORDS = EN_TITLE_WORDS | frozenset(
    """
leader officer spokeswoman senator ceo mayor dr manager judge captain sir sergeant representative reporter
presenter player lawyer journalist founder director-general counsel coordinator commissioner coach attorney
analyst administrator
academic admiral adviser barrister blogger champion cleric col comic commentator correspondent councillor
doctor employee esq exchequer foreman hakim host interrogator inventor investigator lt mentor ministership
mogul mp musician official operator pianist plenipotentiary precinct predecessor presidency prince producer
prosecutor queen rep reverend scientist sectretary sheriff singer skier skipper songwriter speaker sport spy
superintendent surgeon trainer treasurer ventriloquist vet
""".split()
)

#: Ranks and honorifics written before a person's name: never the end of another name
#: ("Dallas Fire Department Lt").
EN_RANK_ABBREVIATIONS = frozenset(
    "Lt Sgt Gen Col Capt Cpt Cmdr Maj Cpl Pte Adm Dr Mr Mrs Ms Rev Gov Sen Rep Prof Insp Det Supt".split()
)

EN_ORG_WORDS = frozenset(
    """
ministry committee commission office government party politburo secretariat congress council assembly
department agency bureau institute academy court union federation association front army bank university
corporation conference nations organization organisation
""".split()
)

#: English adjectives of place whose name is not their own prefix ("French" → "France");
#: the regular ones ("Japanese" → "Japan", "Haitian" → "Haiti") are found by their prefix.
EN_IRREGULAR_DEMONYMS = {
    "french": ("France",), "british": ("Britain", "UK", "United Kingdom"), "english": ("England",),
    "american": ("United States", "US", "U.S.", "America"), "dutch": ("Netherlands",),
    "swiss": ("Switzerland",), "greek": ("Greece",), "welsh": ("Wales",), "scottish": ("Scotland",),
    "irish": ("Ireland",), "spanish": ("Spain",), "danish": ("Denmark",), "swedish": ("Sweden",),
    "finnish": ("Finland",), "polish": ("Poland",), "turkish": ("Turkey",), "chinese": ("China",),
    "thai": ("Thailand",), "filipino": ("Philippines",), "norwegian": ("Norway",), "portuguese": ("Portugal",),
    "peruvian": ("Peru",), "burmese": ("Myanmar",), "lebanese": ("Lebanon",),
}  # fmt: skip


#: English adjectives of countries and regions common in the news: a place paired with one
#: of these is a wrong entry (the guide: the English *name*, never the adjective).
EN_DEMONYMS = frozenset(EN_IRREGULAR_DEMONYMS) | frozenset(
    """
american australian asian african european russian canadian indian italian german japanese korean
vietnamese iranian iraqi israeli palestinian syrian egyptian pakistani afghan brazilian mexican argentine
argentinian chilean colombian venezuelan cuban haitian jamaican nigerian kenyan ethiopian somali sudanese
libyan tunisian moroccan algerian saudi yemeni jordanian lebanese turkish kurdish georgian ukrainian
belarusian romanian bulgarian serbian croatian bosnian albanian hungarian czech slovak austrian belgian
icelandic estonian latvian lithuanian mongolian taiwanese indonesian malaysian singaporean cambodian
laotian nepalese bangladeshi lankan tibetan uzbek kazakh arab arabian latin scandinavian slovenian
""".split()
)

#: The place each country adjective names, for a document that writes only the adjective
#: ("thành phố của Úc Bathurst" ↔ "the Australian city of Bathurst"): the guide pairs a
#: country with its English name, the adjective kept as an alternative. Only unambiguous
#: ones (no "korean", "arab", "latin", "kurdish"; an irregular adjective names its first).
EN_DEMONYM_PLACES = {
    **{adjective: names[0] for adjective, names in EN_IRREGULAR_DEMONYMS.items()},
    **dict(
        pair.split(":")
        for pair in """
australian:Australia asian:Asia african:Africa european:Europe russian:Russia canadian:Canada
indian:India italian:Italy german:Germany japanese:Japan vietnamese:Vietnam iranian:Iran iraqi:Iraq
israeli:Israel syrian:Syria egyptian:Egypt pakistani:Pakistan afghan:Afghanistan brazilian:Brazil
mexican:Mexico argentine:Argentina argentinian:Argentina chilean:Chile colombian:Colombia
venezuelan:Venezuela cuban:Cuba haitian:Haiti jamaican:Jamaica nigerian:Nigeria kenyan:Kenya
ethiopian:Ethiopia somali:Somalia sudanese:Sudan libyan:Libya tunisian:Tunisia moroccan:Morocco
algerian:Algeria yemeni:Yemen jordanian:Jordan ukrainian:Ukraine belarusian:Belarus romanian:Romania
bulgarian:Bulgaria serbian:Serbia croatian:Croatia bosnian:Bosnia albanian:Albania hungarian:Hungary
slovak:Slovakia austrian:Austria belgian:Belgium icelandic:Iceland estonian:Estonia latvian:Latvia
lithuanian:Lithuania mongolian:Mongolia taiwanese:Taiwan indonesian:Indonesia malaysian:Malaysia
singaporean:Singapore cambodian:Cambodia laotian:Laos nepalese:Nepal bangladeshi:Bangladesh
tibetan:Tibet uzbek:Uzbekistan kazakh:Kazakhstan slovenian:Slovenia
""".split()
    ),
}
