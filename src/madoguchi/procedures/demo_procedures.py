"""Demo data: administrative procedures (手続) of Minato City, Tokyo, for the procedure catalog.

Pure data, no Django imports and no I/O. ``PROCEDURES`` lists real procedures of the city
across its departments, each a dict with the same keys (loaded by
``madoguchi.procedures.services.catalog_load``). Codes are unique lowercase ASCII slugs;
``department`` is a department or section code of ``madoguchi.accounts.demo_departments``.

Where the facts come from:

* the laws and ordinances named in each ``legal_basis`` (住民基本台帳法, 戸籍法, 港区印鑑条例,
  港区事務手数料条例, 港区情報公開条例 …) and the national standard fees for 戸籍 certificates
  (地方公共団体の手数料の標準に関する政令);
* Minato City's public pages and 広報みなと articles (2020–2026): counters (各総合支所区民課
  窓口サービス係, 芝地区総合支所区民課戸籍係 …), online channels (港区電子申請ポータル,
  マイナポータル, 施設予約システム, 粗大ごみ受付センター) and amounts such as the 防災ラジオ
  fee, the 家具転倒防止器具 points and the copying charge for 情報公開;
* master plan policy 24 (政策24, 施策1): every procedure should be applicable online by the
  end of FY2026, including those that need a change in law.

Conventions:

* ``online`` is True when the procedure can be applied for online (through Minato's own
  channel, a national one such as マイナポータル, or this system), because nothing in law or
  in the nature of the procedure keeps it at the counter. It is False, with an
  ``offline_reason`` and a Japanese explanation, where a law or ordinance requires personal
  appearance or a paper form, or where a card must be shown, a tag handed over or an
  interview held in person.
* ``processing_days`` counts typical business days to the decision, or until the document
  is sent, on the procedure's main route (online where online); 0 means on the spot.
* ``window`` is an application period: ``"first_come"`` accepts applications in order up to
  ``capacity``; ``"lottery"`` allocates places after the window closes (by a draw, or for
  保育園 by the points-based 利用調整). Window dates and capacities are demo examples
  modelled on the city's usual calendar.
* ``retention_years`` is 5 unless a rule says otherwise: 27 for 戸籍 notifications
  (届書類), 15 for My Number Card applications, 10 for permits that run for many years.

Fees, deadlines and processing times reflect Minato's published rules as far as known. This
is labelled demo data, not a register: where an amount is not confirmed for Minato,
``fee["note"]`` says so, and the city's current pages prevail over anything here.
"""

PROCEDURES: list[dict] = [
    {
        "code": "juminhyo-copy",
        "name": "住民票の写しの交付請求",
        "name_en": "Request for a Certificate of Residence (copy of the jūminhyō)",
        "name_zh_hans": "申请交付住民票副本",
        "name_ko": "주민표 사본 교부 청구",
        "summary": (
            "住所や世帯を証明する住民票の写しを請求する手続きです。"
            "港区に住民登録がある本人または同一世帯の方が請求できます。"
        ),
        "summary_en": (
            "Request a certified copy of your residence record, which proves your address and "
            "household. You or a member of your household registered in Minato can request it."
        ),
        "summary_zh_hans": (
            "申请用于证明住址和家庭构成的住民票副本。在港区进行了住民登记的本人或同一家庭成员可以"
            "申请。"
        ),
        "summary_ko": (
            "주소와 세대를 증명하는 주민표 사본을 청구하는 절차입니다. 미나토구에 주민등록이 되어 "
            "있는 본인 또는 같은 세대의 분이 청구할 수 있습니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["moving_in", "moving_within"],
        "eligibility": (
            "本人・同一世帯の方（代理人は委任状が必要。第三者は正当な理由がある場合に限る）"
        ),
        "identity_level": "identity",
        "documents": [
            "本人確認書類（マイナンバーカード、運転免許証など）",
            "代理人の場合は委任状",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 300,
            "note": (
                "1通300円（港区事務手数料条例）。郵送・オンライン請求は返信の郵送料が別にかかる場"
                "合があります。マイナンバーカードによるコンビニ交付も利用できます。"
            ),
        },
        "processing_days": 3,
        "legal_basis": "住民基本台帳法第12条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "各総合支所区民課窓口サービス係・台場分室（郵送請求は芝地区総合支所区民課証明交付担当"
            "）、コンビニ交付"
        ),
        "keywords": [
            "住民票",
            "じゅうみんひょう",
            "住民票の写し",
            "住民票謄本",
            "住民票抄本",
            "住所証明",
            "世帯全員",
            "コンビニ交付",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "inkan-toroku",
        "name": "印鑑登録の申請",
        "name_en": "Registration of a personal seal (inkan tōroku)",
        "name_zh_hans": "印章登记",
        "name_ko": "인감 등록",
        "summary": (
            "不動産登記や契約などで使う実印を区に登録する手続きです。"
            "港区に住民登録がある15歳以上の方が、原則として本人が窓口で申請します。"
        ),
        "summary_en": (
            "Register your personal seal with the city so it can be used as your official seal "
            "(jitsuin) for property registration, contracts and similar. Residents of Minato aged "
            "15 or over apply, as a rule in person at the counter."
        ),
        "summary_zh_hans": (
            "将用于不动产登记、签订合同等场合的正式印章（实印）向区政府登记的手续。"
            "在港区进行了住民登记、年满15岁的人原则上须本人到窗口申请。"
        ),
        "summary_ko": (
            "부동산 등기나 계약 등에 사용하는 실인을 구에 등록하는 절차입니다. 미나토구에 "
            "주민등록이 되어 있는 15세 이상인 분이 원칙적으로 본인이 창구에서 신청합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["moving_in"],
        "eligibility": (
            "港区に住民登録がある15歳以上の本人（意思能力を有しない方を除く）。"
            "病気などやむを得ない場合は委任状を持った代理人も申請できますが、"
            "本人あての照会書（回答書）で意思を確認します。"
        ),
        "identity_level": "identity",
        "documents": [
            "登録する印鑑",
            "官公署発行の顔写真付き本人確認書類（マイナンバーカード、運転免許証、パスポートなど）",
            "顔写真付きの書類がない場合は、後日郵送される照会書（回答書）と本人確認書類",
            "代理人の場合は委任状",
        ],
        "fee": {
            "kind": "fixed",
            "amount_yen": 50,
            "note": (
                "印鑑登録証（カード）の交付は港区事務手数料条例の手数料対象です。"
                "23区の多くと同じ50円としていますが、港区の額は未確認です。"
            ),
        },
        "processing_days": 0,
        "legal_basis": "港区印鑑条例第4条・第5条",
        "online": False,
        "offline_reason": "law_requires_appearance",
        "offline_reason_text": (
            "港区印鑑条例第4条により、登録する方が印鑑を提示して自ら申請する必要があり、"
            "同第5条により本人確認を行うため、オンラインでは申請できません。"
            "官公署発行の顔写真付き本人確認書類があればその場で登録できます。"
        ),
        "where_instead": "各総合支所区民課窓口サービス係・台場分室",
        "keywords": [
            "印鑑登録",
            "いんかんとうろく",
            "実印",
            "じついん",
            "はんこ",
            "ハンコ",
            "印鑑カード",
            "印鑑登録証",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "inkan-shomei",
        "name": "印鑑登録証明書の交付",
        "name_en": "Issuance of a seal registration certificate",
        "name_zh_hans": "交付印章登记证明书",
        "name_ko": "인감등록증명서 교부",
        "summary": (
            "登録した実印が本物であることを証明する書類を請求する手続きです。印鑑登録証（カード）"
            "を持参すれば代理人でも請求できます。"
        ),
        "summary_en": (
            "Request a certificate proving that a seal impression is the one registered with the "
            "city. Anyone who brings the seal registration card, including a representative, can "
            "request it."
        ),
        "summary_zh_hans": (
            "申请证明所盖印章为已登记实印的证明书。只要携带印章登记证（卡），代理人也可以申请。"
        ),
        "summary_ko": (
            "등록한 실인이 진짜임을 증명하는 서류를 청구하는 절차입니다. 인감등록증(카드)을 "
            "지참하면 대리인도 청구할 수 있습니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": [],
        "eligibility": "印鑑登録をしている本人、または印鑑登録証（カード）を持参した代理人",
        "identity_level": "identity",
        "documents": [
            "印鑑登録証（カード）",
            "請求書（登録者の住所・氏名・生年月日を記入）",
            "コンビニ交付の場合は利用者証明用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 300,
            "note": "1通300円（港区事務手数料条例）。",
        },
        "processing_days": 0,
        "legal_basis": "港区印鑑条例第17条〜第20条（印鑑登録の証明）",
        "online": False,
        "offline_reason": "original_documents",
        "offline_reason_text": (
            "窓口では印鑑登録証（カード）の提示が必要なため、オンライン・郵送では請求できません。"
            "マイナンバーカードをお持ちの方は、コンビニ交付で取得できます。"
        ),
        "where_instead": (
            "各総合支所区民課窓口サービス係・台場分室、全国のコンビニエンスストア（マイナンバーカ"
            "ードによるコンビニ交付）"
        ),
        "keywords": [
            "印鑑証明",
            "いんかんしょうめい",
            "印鑑登録証明書",
            "印鑑証明書",
            "実印",
            "コンビニ交付",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "koseki-shomei",
        "name": "戸籍証明書（戸籍謄本・抄本）の交付",
        "name_en": "Issuance of family register certificates (koseki tōhon / shōhon)",
        "name_zh_hans": "交付户籍证明书（户籍誊本・抄本）",
        "name_ko": "호적증명서(호적 등본·초본) 교부",
        "summary": (
            "戸籍全部事項証明書（戸籍謄本）や個人事項証明書（戸籍抄本）を請求する手続きです。"
            "本籍が港区にある戸籍が対象で、本人・配偶者・直系の親族などが請求できます。"
        ),
        "summary_en": (
            "Request a full (tōhon) or individual (shōhon) certificate of a family register whose "
            "registered domicile (honseki) is in Minato. The person, their spouse and direct "
            "relatives, among others, can request it."
        ),
        "summary_zh_hans": (
            "申请户籍全部事项证明书（户籍誊本）或个人事项证明书（户籍抄本）的手续。"
            "对象为本籍在港区的户籍，本人、配偶或直系亲属等可以申请。"
        ),
        "summary_ko": (
            "호적 전부사항증명서(호적 등본)나 개인사항증명서(호적 초본)를 청구하는 절차입니다. "
            "본적이 미나토구에 있는 호적이 대상이며, 본인·배우자·직계 친족 등이 청구할 수 "
            "있습니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["marriage", "death"],
        "eligibility": (
            "戸籍に記載されている本人、その配偶者、直系尊属・"
            "直系卑属（それ以外の方は正当な理由が必要。代理人は委任状が必要）"
        ),
        "identity_level": "identity",
        "documents": [
            "本人確認書類",
            "代理人の場合は委任状",
            "郵送請求の場合は請求書・本人確認書類の写し・定額小為替・返信用封筒",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 450,
            "note": (
                "1通450円（全国共通の標準額）。港区は令和3年4月から区民の証明書交付手数料を無料と"
                "する措置を案内していました（現在の取扱いは未確認）。"
            ),
        },
        "processing_days": 3,
        "legal_basis": "戸籍法第10条・第10条の3",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課窓口サービス係、"
            "郵送請求（芝地区総合支所区民課）、コンビニ交付（本籍が港区の方）"
        ),
        "keywords": [
            "戸籍謄本",
            "こせきとうほん",
            "戸籍抄本",
            "こせきしょうほん",
            "戸籍全部事項証明書",
            "戸籍個人事項証明書",
            "戸籍",
            "本籍",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "koseki-koiki",
        "name": "戸籍証明書の広域交付（本籍地以外の窓口での請求）",
        "name_en": (
            "Wide-area issuance of family register certificates (at a counter outside your "
            "registered domicile)"
        ),
        "name_zh_hans": "户籍证明书的广域交付（在本籍地以外的窗口申请）",
        "name_ko": "호적증명서 광역 교부(본적지 이외 창구에서 청구)",
        "summary": (
            "本籍が港区以外にある方でも、港区の窓口で本人・配偶者・父母・"
            "子などの戸籍証明書を請求できる制度です（令和6年3月開始）。本人が窓口に来て、"
            "顔写真付きの本人確認書類を提示する必要があります。"
        ),
        "summary_en": (
            "Even if your registered domicile is outside Minato, you can request family register "
            "certificates for yourself, your spouse, parents, children and other direct relatives "
            "at a Minato counter (since March 2024). You must come in person and show photo ID."
        ),
        "summary_zh_hans": (
            "即使本籍不在港区，也可以在港区窗口申请本人、配偶、父母、"
            "子女等的户籍证明书的制度（2024年3月开始）。须本人到窗口并出示附照片的身份证明文件。"
        ),
        "summary_ko": (
            "본적이 미나토구 이외에 있는 분도 미나토구 창구에서 본인·배우자·부모·자녀 등의 "
            "호적증명서를 청구할 수 있는 제도입니다(2024년 3월 시작). 본인이 창구에 와서 얼굴 "
            "사진이 있는 본인 확인 서류를 제시해야 합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["death", "marriage"],
        "eligibility": (
            "戸籍に記載されている本人、その配偶者、直系尊属・直系卑属（代理人・"
            "郵送による請求はできません）"
        ),
        "identity_level": "identity",
        "documents": [
            "顔写真付きの本人確認書類（マイナンバーカード、運転免許証、パスポートなど）",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 450,
            "note": "戸籍証明書1通450円、除籍・改製原戸籍の証明書1通750円（全国共通の標準額）。",
        },
        "processing_days": 0,
        "legal_basis": "戸籍法第120条の2",
        "online": False,
        "offline_reason": "law_requires_appearance",
        "offline_reason_text": (
            "戸籍法第120条の2により、広域交付は請求する本人が市区町村の窓口に出向き、"
            "顔写真付きの本人確認書類を示して請求する必要があります。郵送・代理人・"
            "オンラインでは請求できません。"
        ),
        "where_instead": "芝地区総合支所区民課戸籍係",
        "keywords": [
            "広域交付",
            "こういきこうふ",
            "戸籍謄本",
            "本籍地以外",
            "戸籍",
            "相続",
            "戸籍証明書",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "joseki-genkoseki",
        "name": "除籍・改製原戸籍の謄抄本の交付",
        "name_en": (
            "Issuance of copies of closed (joseki) and pre-revision (kaisei genkoseki) family "
            "registers"
        ),
        "name_zh_hans": "交付除籍・改制原户籍的誊本和抄本",
        "name_ko": "제적·개제원호적 등초본 교부",
        "summary": (
            "全員が除かれた戸籍（除籍）や、改製前の古い戸籍（改製原戸籍）"
            "の写しを請求する手続きです。相続手続きで出生から死亡までの戸籍をそろえるときによく必"
            "要になります。"
        ),
        "summary_en": (
            "Request copies of closed family registers (joseki) or of old registers replaced by a "
            "revision (kaisei genkoseki). They are often needed for inheritance, to trace a "
            "person's registers from birth to death."
        ),
        "summary_zh_hans": (
            "申请所有成员均已除籍的户籍（除籍）或改制前旧户籍（改制原户籍）副本的手续。"
            "办理继承时需要收集从出生到死亡的户籍，经常会用到。"
        ),
        "summary_ko": (
            "모든 사람이 제적된 호적(제적)이나 개제 전의 옛 호적(개제원호적)의 사본을 청구하는 "
            "절차입니다. 상속 절차에서 출생부터 사망까지의 호적을 갖출 때 자주 필요합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["death"],
        "eligibility": (
            "除籍などに記載されている本人、その配偶者、直系尊属・"
            "直系卑属（それ以外の方は正当な理由が必要。代理人は委任状が必要）"
        ),
        "identity_level": "identity",
        "documents": [
            "本人確認書類",
            "代理人の場合は委任状",
            "相続で請求する場合は亡くなった方との関係がわかる戸籍証明書",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 750,
            "note": "1通750円（全国共通の標準額）。",
        },
        "processing_days": 3,
        "legal_basis": "戸籍法第10条・第12条の2",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課窓口サービス係、"
            "郵送請求（芝地区総合支所区民課）"
        ),
        "keywords": [
            "除籍謄本",
            "じょせき",
            "改製原戸籍",
            "かいせいげんこせき",
            "原戸籍",
            "はらこせき",
            "相続",
            "古い戸籍",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "koseki-fuhyo",
        "name": "戸籍の附票の写しの交付",
        "name_en": "Issuance of a copy of the family register supplement (koseki no fuhyō)",
        "name_zh_hans": "交付户籍附票副本",
        "name_ko": "호적 부표 사본 교부",
        "summary": (
            "本籍地で記録している住所の履歴（戸籍の附票）の写しを請求する手続きです。"
            "過去の住所のつながりを証明するときに使います。"
        ),
        "summary_en": (
            "Request a copy of the address history kept with your family register (fuhyō). It is "
            "used to prove a chain of past addresses."
        ),
        "summary_zh_hans": (
            "申请本籍地所记录的住址变更履历（户籍附票）副本的手续。用于证明过去住址的连续性。"
        ),
        "summary_ko": (
            "본적지에서 기록하고 있는 주소 이력(호적 부표)의 사본을 청구하는 절차입니다. 과거 "
            "주소의 연결을 증명할 때 사용합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": [],
        "eligibility": (
            "附票に記載されている本人、その配偶者、直系尊属・直系卑属（代理人は委任状が必要）"
        ),
        "identity_level": "identity",
        "documents": [
            "本人確認書類",
            "代理人の場合は委任状",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 300,
            "note": "1通300円（港区事務手数料条例）。",
        },
        "processing_days": 3,
        "legal_basis": "住民基本台帳法第20条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課窓口サービス係、"
            "郵送請求（芝地区総合支所区民課）、コンビニ交付（本籍が港区の方）"
        ),
        "keywords": ["戸籍の附票", "こせきのふひょう", "附票", "住所の履歴", "住所履歴", "登記"],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "mibun-shomei",
        "name": "身分証明書（本籍地発行）の交付",
        "name_en": "Issuance of a civil status certificate (mibun shōmeisho)",
        "name_zh_hans": "交付身份证明书（本籍地签发）",
        "name_ko": "신분증명서(본적지 발행) 교부",
        "summary": (
            "破産や後見の登記などの通知を受けていないことを本籍地の区が証明する書類です。"
            "許認可の申請や会社の手続きで求められることがあります。"
        ),
        "summary_en": (
            "A certificate from the office of your registered domicile stating that no bankruptcy "
            "or guardianship notice has been recorded for you. It is often required for licences "
            "and some company filings."
        ),
        "summary_zh_hans": (
            "由本籍地证明本人未收到破产通知、监护登记通知等的文件。"
            "办理许可证申请或公司手续时可能需要。"
        ),
        "summary_ko": (
            "파산이나 후견 등기 등의 통지를 받지 않았음을 본적지가 증명하는 서류입니다. 인허가 "
            "신청이나 회사 절차에서 요구될 수 있습니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": [],
        "eligibility": "本籍が港区にある本人のみ（家族でも委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "本人確認書類",
            "代理人の場合は本人が作成した委任状",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 300,
            "note": "1通300円（港区事務手数料条例の身分に関する証明）。",
        },
        "processing_days": 3,
        "legal_basis": "港区事務手数料条例第2条（身分に関する証明）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課窓口サービス係、"
            "郵送請求（芝地区総合支所区民課）"
        ),
        "keywords": ["身分証明書", "みぶんしょうめいしょ", "破産", "後見", "本籍地", "許認可"],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "todoke-juri-shomei",
        "name": "戸籍届書の受理証明書の交付",
        "name_en": "Issuance of a certificate of acceptance of a family register notification",
        "name_zh_hans": "交付户籍申报受理证明书",
        "name_ko": "호적 신고 수리증명서 교부",
        "summary": (
            "婚姻届や出生届などを港区で受理したことを証明する書類です。届出をした方が請求でき、"
            "婚姻直後に結婚を証明したいときなどに使います。"
        ),
        "summary_en": (
            "A certificate that Minato has accepted a notification such as a marriage or birth. "
            "The person who filed it can request it, for example to prove a marriage right after "
            "filing."
        ),
        "summary_zh_hans": (
            "证明港区已受理结婚申报、出生申报等的文件。由申报人申请，"
            "例如在刚结婚后需要证明婚姻时使用。"
        ),
        "summary_ko": (
            "혼인신고나 출생신고 등을 미나토구에서 수리했음을 증명하는 서류입니다. 신고한 분이 "
            "청구할 수 있으며, 혼인 직후 결혼을 증명하고 싶을 때 등에 사용합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["marriage", "birth"],
        "eligibility": "届出をした本人（届出人）",
        "identity_level": "identity",
        "documents": [
            "本人確認書類",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 350,
            "note": (
                "1通350円。上質紙の婚姻届受理証明書（賞状型）は1通1,400円（全国共通の標準額）。"
            ),
        },
        "processing_days": 3,
        "legal_basis": "戸籍法第48条第1項",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課窓口サービス係、"
            "郵送請求（芝地区総合支所区民課）"
        ),
        "keywords": ["受理証明書", "じゅりしょうめい", "婚姻届受理証明書", "結婚証明", "上質紙"],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "tennyu-todoke",
        "name": "転入届",
        "name_en": "Moving-in notification (from another municipality or abroad)",
        "name_zh_hans": "迁入申报",
        "name_ko": "전입신고",
        "summary": (
            "ほかの市区町村や国外から港区に引っ越してきたときの届出です。"
            "引越しをした日から14日以内に、本人または同一世帯の方が窓口で届け出ます。"
        ),
        "summary_en": (
            "The notification you file when you move to Minato from another municipality or from "
            "abroad. You or a household member must file it at the counter within 14 days of "
            "moving."
        ),
        "summary_zh_hans": (
            "从其他市区町村或国外搬到港区时需要办理的申报。"
            "须在搬家之日起14天内由本人或同一家庭成员到窗口办理。"
        ),
        "summary_ko": (
            "다른 시구정촌이나 국외에서 미나토구로 이사 왔을 때 하는 신고입니다. 이사한 날부터 "
            "14일 이내에 본인 또는 같은 세대의 분이 창구에서 신고합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["moving_in", "foreign_arrival"],
        "eligibility": "本人・世帯主・同一世帯の方（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "前住所地の転出証明書（マイナンバーカードによる転入の特例の場合は不要）",
            "転入する方全員のマイナンバーカード（お持ちの方）",
            "届出に来る方の本人確認書類",
            "外国籍の方は在留カードまたは特別永住者証明書",
            "国外からの転入の場合は全員のパスポートと戸籍の附票の写し",
            "代理人の場合は委任状",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "住民基本台帳法第22条・第24条の2・第27条",
        "online": False,
        "offline_reason": "law_requires_appearance",
        "offline_reason_text": (
            "転入届は住民基本台帳法第27条の本人確認を伴い、"
            "マイナンバーカードを使う特例転入では同法第24条の2によりカードの提示が必要です。"
            "カードの住所変更もその場で行うため、窓口への来庁が必要です。"
            "マイナポータルの引越しワンストップサービスで来庁予定日の連絡と事前の情報提供ができま"
            "す。"
        ),
        "where_instead": (
            "各総合支所区民課窓口サービス係・台場分室（平日午前8時30分〜午後5時。"
            "水曜日は台場分室を除き午後7時まで）"
        ),
        "keywords": [
            "転入届",
            "てんにゅうとどけ",
            "引越し",
            "引っ越し",
            "ひっこし",
            "住所変更",
            "転入",
            "住民登録",
        ],
        "deadline_rule": "引越しをした日（住み始めた日）から14日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "tenshutsu-todoke",
        "name": "転出届",
        "name_en": "Moving-out notification (to another municipality or abroad)",
        "name_zh_hans": "迁出申报",
        "name_ko": "전출신고",
        "summary": (
            "港区からほかの市区町村や国外へ引っ越すときの届出です。"
            "マイナンバーカードをお持ちの方は、マイナポータルの引越しワンストップサービスでオンラ"
            "インで届け出られます。"
        ),
        "summary_en": (
            "The notification you file when you move from Minato to another municipality or "
            "abroad. If you have a My Number Card, you can file it online through the moving "
            "one-stop service on Mynaportal."
        ),
        "summary_zh_hans": (
            "从港区搬到其他市区町村或国外时需要办理的申报。持有个人编号卡（My Number卡）"
            "的人可以通过Mynaportal的搬家一站式服务在线办理。"
        ),
        "summary_ko": (
            "미나토구에서 다른 시구정촌이나 국외로 이사할 때 하는 신고입니다. 마이넘버카드를 "
            "가지고 있는 분은 마이나포털의 이사 원스톱 서비스로 온라인 신고할 수 있습니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["moving_out"],
        "eligibility": "本人・世帯主・同一世帯の方（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "オンラインの場合は署名用電子証明書付きのマイナンバーカード",
            "窓口・郵送の場合は本人確認書類（郵送は写し）",
            "国民健康保険に加入している方は資格確認書など",
            "印鑑登録をしている方は印鑑登録証（転出により登録は廃止されます）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 1,
        "legal_basis": "住民基本台帳法第24条・第24条の2",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各総合支所区民課窓口サービス係・台場分室、郵送（芝地区総合支所区民課）",
        "keywords": [
            "転出届",
            "てんしゅつとどけ",
            "引越し",
            "引っ越し",
            "転出証明書",
            "引越しワンストップ",
            "海外転出",
            "マイナポータル",
        ],
        "deadline_rule": (
            "転出する前（転出予定日のおおむね14日前から）。"
            "転出後に届け出る場合は転出した日から14日以内"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "tenkyo-todoke",
        "name": "転居届",
        "name_en": "Change-of-address notification (within Minato)",
        "name_zh_hans": "区内迁居申报",
        "name_ko": "전거신고(구내 이사)",
        "summary": (
            "港区内で引っ越したときの届出です。引越しをした日から14日以内に届け出てください。"
            "マイナンバーカードや在留カードの住所もあわせて書き換えます。"
        ),
        "summary_en": (
            "The notification you file when you move to a new address within Minato. File it "
            "within 14 days of moving; the address on your My Number Card or residence card is "
            "updated at the same time."
        ),
        "summary_zh_hans": (
            "在港区内搬家时需要办理的申报。请在搬家之日起14天内办理，"
            "同时会更新个人编号卡或在留卡上的住址。"
        ),
        "summary_ko": (
            "미나토구 안에서 이사했을 때 하는 신고입니다. 이사한 날부터 14일 이내에 신고해 "
            "주십시오. 마이넘버카드나 재류카드의 주소도 함께 변경합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["moving_within"],
        "eligibility": "本人・世帯主・同一世帯の方（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "届出に来る方の本人確認書類",
            "転居する方全員のマイナンバーカード（お持ちの方）",
            "外国籍の方は在留カードまたは特別永住者証明書",
            "代理人の場合は委任状",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "住民基本台帳法第23条",
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "マイナンバーカードや在留カードの券面に新しい住所を記載するため、"
            "カードの提示と本人確認を窓口で行う必要があり、オンラインでは届け出られません。"
        ),
        "where_instead": (
            "各総合支所区民課窓口サービス係・台場分室（平日午前8時30分〜午後5時。"
            "水曜日は台場分室を除き午後7時まで）"
        ),
        "keywords": [
            "転居届",
            "てんきょとどけ",
            "区内の引越し",
            "引っ越し",
            "住所変更",
            "転居",
            "マンション",
            "住所",
        ],
        "deadline_rule": "引越しをした日から14日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "setai-henko",
        "name": "世帯変更届",
        "name_en": "Household change notification",
        "name_zh_hans": "家庭（世帯）变更申报",
        "name_ko": "세대변경신고",
        "summary": (
            "同じ住所のまま世帯を分けたり一緒にしたり、世帯主を変えたりしたときの届出です。"
            "変更があった日から14日以内に届け出ます。"
        ),
        "summary_en": (
            "File this when, without moving, you split or merge households at the same address or "
            "change the head of household. File within 14 days of the change."
        ),
        "summary_zh_hans": (
            "住址不变，但分户、合户或变更户主时需要办理的申报。须在变更之日起14天内办理。"
        ),
        "summary_ko": (
            "같은 주소에서 세대를 분리하거나 합치거나 세대주를 변경했을 때 하는 신고입니다. "
            "변경일부터 14일 이내에 신고합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["marriage", "death"],
        "eligibility": "本人・世帯主・同一世帯の方（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": ["届出に来る方の本人確認書類", "代理人の場合は委任状"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "住民基本台帳法第25条",
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "住民基本台帳法第27条の本人確認とあわせて、"
            "生計の状況など世帯の実態を窓口でお聞きして受け付けるため、"
            "オンラインでは届け出られません。"
        ),
        "where_instead": "各総合支所区民課窓口サービス係・台場分室",
        "keywords": [
            "世帯変更",
            "せたいへんこう",
            "世帯分離",
            "世帯合併",
            "世帯主変更",
            "世帯主",
            "同居",
        ],
        "deadline_rule": "変更があった日から14日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "gaikokujin-jukyochi",
        "name": "外国人住民の住居地の届出（中長期在留者）",
        "name_en": (
            "Notification of place of residence for foreign residents (mid- to long-term residents)"
        ),
        "name_zh_hans": "外国人居民的居住地申报（中长期在留者）",
        "name_ko": "외국인 주민의 주거지 신고(중장기 체류자)",
        "summary": (
            "国外から日本に来て港区に住む中長期在留者が、"
            "住居地を定めてから14日以内に行う届出です。在留カードを持って窓口で届け出ると、"
            "住民票が作成されます。"
        ),
        "summary_en": (
            "Mid- to long-term foreign residents arriving from abroad who settle in Minato must "
            "file this within 14 days of fixing their residence. Bring your residence card to the "
            "counter; a residence record is then created."
        ),
        "summary_zh_hans": (
            "从国外来日本并居住在港区的中长期在留者，须在确定居住地之日起14天内办理的申报。"
            "携带在留卡到窗口申报后，将为您建立住民票。"
        ),
        "summary_ko": (
            "국외에서 일본에 와서 미나토구에 사는 중장기 체류자가 주거지를 정한 날부터 14일 "
            "이내에 하는 신고입니다. 재류카드를 가지고 창구에서 신고하면 주민표가 작성됩니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["foreign_arrival", "moving_in"],
        "eligibility": "中長期在留者本人または同一世帯の方（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "在留カード（空港で交付されなかった場合はパスポート）",
            "パスポート",
            "家族で転入する場合は続柄を証明する書類とその日本語訳",
            "代理人の場合は委任状",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "出入国管理及び難民認定法第19条の7、住民基本台帳法第30条の46",
        "online": False,
        "offline_reason": "original_documents",
        "offline_reason_text": (
            "出入国管理及び難民認定法第19条の7により在留カードを提出して届け出る必要があり、"
            "カードの裏面に住居地を記載するため、窓口での手続きとなります。"
        ),
        "where_instead": "各総合支所区民課窓口サービス係・台場分室",
        "keywords": [
            "住居地届出",
            "在留カード",
            "外国人",
            "がいこくじん",
            "転入",
            "residence card",
            "中長期在留者",
            "住民登録",
        ],
        "deadline_rule": "住居地を定めた日から14日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "shussei-todoke",
        "name": "出生届",
        "name_en": "Birth notification",
        "name_zh_hans": "出生申报",
        "name_ko": "출생신고",
        "summary": (
            "子どもが生まれたときの届出です。生まれた日を含めて14日以内に、"
            "医師や助産師が記入した出生証明書と一体の届書を提出します。"
        ),
        "summary_en": (
            "The notification you file when a child is born. Submit the form, together with the "
            "birth certificate completed by the doctor or midwife, within 14 days of the birth "
            "(counting the day of birth)."
        ),
        "summary_zh_hans": (
            "孩子出生时需要办理的申报。须在包括出生当日在内的14天内，"
            "提交与医生或助产士填写的出生证明书为一体的申报书。"
        ),
        "summary_ko": (
            "아이가 태어났을 때 하는 신고입니다. 태어난 날을 포함하여 14일 이내에 의사나 조산사가 "
            "기재한 출생증명서와 일체로 된 신고서를 제출합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["birth"],
        "eligibility": (
            "父または母（届け出られない場合は同居者、出産に立ち会った医師・助産師など）。"
            "届書の持参は使者でも可能です。"
        ),
        "identity_level": "identity",
        "documents": [
            "出生届書（出生証明書欄に医師・助産師の記入があるもの）",
            "母子健康手帳",
            "届出に来る方の本人確認書類",
            "国民健康保険に加入する場合は世帯主の資格確認書など",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "戸籍法第49条",
        "online": False,
        "offline_reason": "law_requires_paper",
        "offline_reason_text": (
            "戸籍法第49条により、医師・助産師が作成した出生証明書を添付した届書で届け出ます。"
            "港区では戸籍の届出をオンラインで受け付けていないため、"
            "紙の届書を窓口に持参するか郵送で提出します。"
        ),
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課（夜間・"
            "休日は区役所の時間外窓口で届書を預かります）"
        ),
        "keywords": [
            "出生届",
            "しゅっしょうとどけ",
            "しゅっせいとどけ",
            "赤ちゃん",
            "出産",
            "子どもが生まれた",
            "出生証明書",
        ],
        "deadline_rule": "出生の日から14日以内（国外で出生したときは3か月以内）",
        "window": None,
        "retention_years": 27,
    },
    {
        "code": "konin-todoke",
        "name": "婚姻届",
        "name_en": "Marriage notification",
        "name_zh_hans": "结婚申报",
        "name_ko": "혼인신고",
        "summary": (
            "結婚するときの届出で、受理された日に婚姻が成立します。"
            "夫になる人と妻になる人が署名し、成人の証人2人の署名が必要です。"
        ),
        "summary_en": (
            "The notification you file to marry; the marriage takes effect on the day it is "
            "accepted. Both partners sign it, together with two adult witnesses."
        ),
        "summary_zh_hans": (
            "结婚时需要办理的申报，申报被受理之日婚姻即成立。须由双方本人签名，"
            "并由两名成年见证人签名。"
        ),
        "summary_ko": (
            "결혼할 때 하는 신고로, 수리된 날에 혼인이 성립합니다. 남편이 될 사람과 아내가 될 "
            "사람이 서명하고, 성인 증인 2명의 서명이 필요합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["marriage"],
        "eligibility": "婚姻する本人（夫になる人・妻になる人）。届書の持参は使者でも可能です。",
        "identity_level": "identity",
        "documents": [
            "婚姻届書（当事者2人と成人の証人2人の署名があるもの）",
            "届出に来る方の本人確認書類",
            "外国籍の方は婚姻要件具備証明書などとその日本語訳",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "民法第739条、戸籍法第74条",
        "online": False,
        "offline_reason": "law_requires_paper",
        "offline_reason_text": (
            "民法第739条により婚姻は戸籍法の届出によって効力を生じ、"
            "当事者と証人2人が署名した届書で届け出ます。"
            "港区では戸籍の届出をオンラインで受け付けていないため、"
            "紙の届書を窓口に持参するか郵送で提出します。"
        ),
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課（夜間・"
            "休日は区役所の時間外窓口で届書を預かります）"
        ),
        "keywords": ["婚姻届", "こんいんとどけ", "結婚", "けっこん", "入籍", "にゅうせき", "証人"],
        "deadline_rule": "",
        "window": None,
        "retention_years": 27,
    },
    {
        "code": "rikon-todoke",
        "name": "離婚届",
        "name_en": "Divorce notification",
        "name_zh_hans": "离婚申报",
        "name_ko": "이혼신고",
        "summary": (
            "離婚するときの届出です。協議離婚は夫婦と成人の証人2人が署名した届書を提出し、調停・"
            "裁判による離婚は成立した日から10日以内に届け出ます。"
        ),
        "summary_en": (
            "The notification for a divorce. For a divorce by agreement, submit a form signed by "
            "both spouses and two adult witnesses; a divorce by mediation or court decision must "
            "be notified within 10 days of becoming final."
        ),
        "summary_zh_hans": (
            "离婚时需要办理的申报。协议离婚须提交夫妻双方及两名成年见证人签名的申报书；"
            "通过调解或诉讼离婚的，须在成立之日起10天内申报。"
        ),
        "summary_ko": (
            "이혼할 때 하는 신고입니다. 협의이혼은 부부와 성인 증인 2명이 서명한 신고서를 "
            "제출하고, 조정·재판에 의한 이혼은 성립한 날부터 10일 이내에 신고합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": [],
        "eligibility": (
            "協議離婚は夫と妻。調停・審判・判決による離婚は申立人（10日以内に届け出ない場合は相手"
            "方も可）"
        ),
        "identity_level": "identity",
        "documents": [
            "離婚届書",
            "届出に来る方の本人確認書類",
            "調停・裁判による離婚の場合は調停調書や判決の謄本と確定証明書",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "民法第763条・第764条、戸籍法第76条・第77条",
        "online": False,
        "offline_reason": "law_requires_paper",
        "offline_reason_text": (
            "協議離婚は民法第764条により戸籍法の届出で効力を生じ、"
            "夫婦と証人2人が署名した届書で届け出ます。港区では戸籍の届出をオンラインで受け付けてい"
            "ないため、紙の届書を窓口に持参するか郵送で提出します。"
        ),
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課（夜間・"
            "休日は区役所の時間外窓口で届書を預かります）"
        ),
        "keywords": ["離婚届", "りこんとどけ", "離婚", "協議離婚", "調停離婚", "証人"],
        "deadline_rule": (
            "協議離婚は期限なし（届出により成立）。調停・裁判による離婚は成立・"
            "確定した日から10日以内"
        ),
        "window": None,
        "retention_years": 27,
    },
    {
        "code": "shibo-todoke",
        "name": "死亡届（火葬許可申請）",
        "name_en": "Death notification (with cremation permit application)",
        "name_zh_hans": "死亡申报（火葬许可申请）",
        "name_ko": "사망신고(화장 허가 신청)",
        "summary": (
            "家族などが亡くなったときの届出で、同時に火葬許可証の交付を申請します。"
            "死亡を知った日から7日以内に、医師の死亡診断書と一体の届書を提出します。"
            "葬儀社が届書を持参することも多い手続きです。"
        ),
        "summary_en": (
            "The notification filed when someone dies; the cremation permit is applied for at the "
            "same time. Submit the form with the doctor's death certificate within 7 days of "
            "learning of the death. Funeral companies often bring the form on the family's behalf."
        ),
        "summary_zh_hans": (
            "家人等去世时需要办理的申报，同时申请交付火葬许可证。须在得知死亡之日起7天内，"
            "提交与医生开具的死亡诊断书为一体的申报书。殡葬公司代为递交申报书的情况也很常见。"
        ),
        "summary_ko": (
            "가족 등이 사망했을 때 하는 신고로, 동시에 화장허가증 교부를 신청합니다. 사망 사실을 "
            "안 날부터 7일 이내에 의사의 사망진단서와 일체로 된 신고서를 제출합니다. 장례업체가 "
            "신고서를 지참하는 경우도 많습니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["death"],
        "eligibility": (
            "親族、同居者、家主・地主・家屋管理人、後見人など。"
            "届書の持参は葬儀社などの使者でも可能です。"
        ),
        "identity_level": "identity",
        "documents": [
            "死亡届書（死亡診断書または死体検案書の欄に医師の記入があるもの）",
            "届出に来る方の本人確認書類",
            "火葬場と火葬日時（火葬許可申請書に記入）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "届出と火葬許可証の交付に手数料はかかりません（火葬料は別）。",
        },
        "processing_days": 0,
        "legal_basis": "戸籍法第86条・第87条、墓地、埋葬等に関する法律第5条",
        "online": False,
        "offline_reason": "law_requires_paper",
        "offline_reason_text": (
            "戸籍法第86条により、医師の死亡診断書（死体検案書）を添付した届書で届け出ます。"
            "火葬許可証もその場で交付します。港区では戸籍の届出をオンラインで受け付けていないため"
            "、紙の届書を窓口に持参するか郵送で提出します。"
        ),
        "where_instead": (
            "芝地区総合支所区民課戸籍係・各総合支所区民課（夜間・"
            "休日は区役所の時間外窓口で届書を預かります）"
        ),
        "keywords": [
            "死亡届",
            "しぼうとどけ",
            "亡くなった",
            "火葬許可",
            "かそうきょか",
            "埋葬",
            "葬儀",
            "死亡診断書",
            "おくやみ",
        ],
        "deadline_rule": "死亡の事実を知った日から7日以内（国外で死亡したときは3か月以内）",
        "window": None,
        "retention_years": 27,
    },
    {
        "code": "mynumber-card",
        "name": "マイナンバーカードの交付申請",
        "name_en": "Application for a My Number Card",
        "name_zh_hans": "申请个人编号卡（My Number卡）",
        "name_ko": "마이넘버카드 교부 신청",
        "summary": (
            "顔写真付きのマイナンバーカードを作る手続きです。"
            "申請はスマートフォンやパソコンからでき、カードができたら原則として本人が窓口で受け取"
            "ります。"
        ),
        "summary_en": (
            "Apply for a My Number Card with your photo. You can apply from a smartphone or "
            "computer; when the card is ready you normally collect it in person at the counter."
        ),
        "summary_zh_hans": (
            "办理附带照片的个人编号卡的手续。可通过智能手机或电脑申请，"
            "卡片制作完成后原则上须本人到窗口领取。"
        ),
        "summary_ko": (
            "얼굴 사진이 들어간 마이넘버카드를 만드는 절차입니다. 스마트폰이나 컴퓨터로 신청할 수 "
            "있으며, 카드가 발급되면 원칙적으로 본인이 창구에서 수령합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": ["birth", "moving_in", "foreign_arrival"],
        "eligibility": "港区に住民登録がある方（15歳未満の方などは法定代理人が申請）",
        "identity_level": "email",
        "documents": [
            "個人番号カード交付申請書（申請書ID）",
            "顔写真（6か月以内に撮影したもの）",
            "受取時は交付通知書・本人確認書類・通知カード（お持ちの方）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "初めての交付は無料。紛失などによる再交付は有料です。",
        },
        "processing_days": 20,
        "legal_basis": (
            "行政手続における特定の個人を識別するための番号の利用等に関する法律第16条の2・第17条"
        ),
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "各総合支所区民課窓口サービス係（受取は予約制）。"
            "申請は郵送や街なかの証明写真機からも可能"
        ),
        "keywords": [
            "マイナンバーカード",
            "まいなんばーかーど",
            "個人番号カード",
            "マイナカード",
            "マイナ",
            "交付申請",
            "特急発行",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 15,
    },
    {
        "code": "jukyo-hyoji-todoke",
        "name": "新築建物の住居表示（住所）の届出",
        "name_en": "Notification to assign an address (jūkyo hyōji) to a new building",
        "name_zh_hans": "新建建筑物的住居表示（地址）申报",
        "name_ko": "신축 건물의 주거표시(주소) 신고",
        "summary": (
            "建物を新築・建替えしたときに、その建物の住所（住居番号）"
            "を決めてもらうための届出です。この届出がないと入居者が住民登録できないため、"
            "建築主などが早めに届け出ます。"
        ),
        "summary_en": (
            "File this when you build or rebuild a building so the city can assign its address "
            "(residence number). Without it, occupants cannot register their residence, so the "
            "owner or builder should file early."
        ),
        "summary_zh_hans": (
            "新建或重建建筑物时，为确定该建筑物地址（住居编号）而办理的申报。如未办理，"
            "入住者将无法进行住民登记，因此建筑主等应尽早申报。"
        ),
        "summary_ko": (
            "건물을 신축·재건축했을 때 그 건물의 주소(주거번호)를 정하기 위한 신고입니다. 이 "
            "신고가 없으면 입주자가 주민등록을 할 수 없으므로 건축주 등이 미리 신고합니다."
        ),
        "department": "shiba-kumin",
        "category": "housing_roads",
        "life_events": [],
        "eligibility": "建築主、工事施工者、建物の所有者など（代理人も可）",
        "identity_level": "email",
        "documents": [
            "新築届（住所番号付定申請書）",
            "案内図",
            "配置図（建物の出入口の位置がわかるもの）",
            "各階平面図（部屋番号がわかるもの）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 7,
        "legal_basis": "住居表示に関する法律第8条、港区住居表示に関する条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "芝地区総合支所区民課窓口調整係（郵送可）",
        "keywords": [
            "住居表示",
            "じゅうきょひょうじ",
            "新築届",
            "住所の決定",
            "住居番号",
            "建替え",
            "番地",
            "ビル名",
        ],
        "deadline_rule": "建物の工事が完了する前（入居者の転入届より前）に届け出ること",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "jukyo-hyoji-shomei",
        "name": "住居表示に関する証明書の交付",
        "name_en": (
            "Issuance of a certificate concerning an address change by residential addressing"
        ),
        "name_zh_hans": "交付住居表示相关证明书",
        "name_ko": "주거표시 관련 증명서 교부",
        "summary": (
            "住居表示の実施や変更によって住所の表し方が変わったことを証明する書類です。"
            "登記の住所変更などで使います。"
        ),
        "summary_en": (
            "A certificate stating that the way your address is written changed because "
            "residential addressing was introduced or revised. It is used, for example, to update "
            "addresses in the land registry."
        ),
        "summary_zh_hans": (
            "证明因实施或变更住居表示而导致地址表示方式变化的文件。用于办理登记地址变更等。"
        ),
        "summary_ko": (
            "주거표시의 실시나 변경으로 주소 표기 방식이 바뀌었음을 증명하는 서류입니다. 등기 "
            "주소 변경 등에 사용합니다."
        ),
        "department": "shiba-kumin",
        "category": "registry",
        "life_events": [],
        "eligibility": "証明を必要とする方（所有者・居住者など）",
        "identity_level": "email",
        "documents": ["請求書（対象の旧表示・新表示や地番がわかるもの）", "本人確認書類"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": (
                "住居表示の実施・変更に伴う証明は無料とする区が多く、"
                "ここでは無料としています（港区の取扱いは未確認）。"
            ),
        },
        "processing_days": 3,
        "legal_basis": "住居表示に関する法律、港区住居表示に関する条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "芝地区総合支所区民課窓口調整係",
        "keywords": ["住居表示証明", "住居表示変更証明", "住所変更証明", "登記", "旧住所", "地番"],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "zei-shomei",
        "name": "特別区民税・都民税の課税（非課税）証明書・納税証明書の交付",
        "name_en": "Issuance of inhabitant tax certificates (assessment, exemption or payment)",
        "name_zh_hans": "交付特别区民税・都民税课税（非课税）证明书及纳税证明书",
        "name_ko": "특별구민세·도민세 과세(비과세)증명서·납세증명서 교부",
        "summary": (
            "住民税の所得・課税額（または非課税であること）や納税の状況を証明する書類です。"
            "保育園の申込み、ローンや各種手当の手続きで求められます。"
            "その年度の1月1日に港区に住んでいた方の証明を発行します。"
        ),
        "summary_en": (
            "Certificates of your income and inhabitant-tax assessment (or exemption), or of tax "
            "payment. They are needed for childcare applications, loans and benefits. Minato "
            "issues them for people who lived in Minato on 1 January of the tax year."
        ),
        "summary_zh_hans": (
            "证明住民税的所得和课税额（或非课税）以及纳税情况的文件。在申请保育园、"
            "贷款及各种津贴时需要提交。由该年度1月1日居住在港区的人申请发放。"
        ),
        "summary_ko": (
            "주민세의 소득·과세액(또는 비과세임)이나 납세 상황을 증명하는 서류입니다. 보육원 신청,"
            " 대출이나 각종 수당 절차에서 요구됩니다. 해당 연도 1월 1일에 미나토구에 살았던 분의 "
            "증명을 발급합니다."
        ),
        "department": "sangyo-zeimu",
        "category": "tax_insurance",
        "life_events": ["moving_out"],
        "eligibility": "本人・同一世帯の親族（それ以外の方は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "本人確認書類",
            "代理人の場合は委任状",
            "郵送請求の場合は請求書・本人確認書類の写し・定額小為替・返信用封筒",
            "オンライン請求の場合は署名用電子証明書付きのマイナンバーカード",
        ],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 300,
            "note": (
                "1通300円（港区事務手数料条例）。マイナンバーカードによるコンビニ交付も利用できま"
                "す。"
            ),
        },
        "processing_days": 3,
        "legal_basis": "地方税法第20条の10、港区事務手数料条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "各総合支所区民課窓口サービス係・台場分室・税務課（郵送請求は税務課）、コンビニ交付"
        ),
        "keywords": [
            "課税証明書",
            "かぜいしょうめい",
            "非課税証明書",
            "納税証明書",
            "住民税",
            "所得証明",
            "収入証明",
            "区民税",
            "都民税",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "gentsuki-toroku",
        "name": "原動機付自転車等の登録・廃車（ナンバープレートの交付・返納）",
        "name_en": "Registering or deregistering a moped or small special vehicle (number plates)",
        "name_zh_hans": "原动机自行车等的登记与注销（领取・返还号牌）",
        "name_ko": "원동기장치자전거 등의 등록·폐차(번호판 교부·반납)",
        "summary": (
            "125cc以下のバイク（原動機付自転車）や小型特殊自動車を取得・譲渡・"
            "廃車したときの申告です。ナンバープレートの交付や返納を行い、軽自動車税（種別割）"
            "の課税のもとになります。"
        ),
        "summary_en": (
            "Declare the acquisition, transfer or scrapping of a moped (125 cc or less) or a "
            "small special vehicle. Number plates are issued or returned, and the light vehicle "
            "tax is based on this record."
        ),
        "summary_zh_hans": (
            "取得、转让或报废125cc以下摩托车（原动机自行车）或小型特殊汽车时需要办理的申报。"
            "办理号牌的领取或返还，并作为轻型汽车税（种别割）的课税依据。"
        ),
        "summary_ko": (
            "125cc 이하 오토바이(원동기장치자전거)나 소형특수자동차를 취득·양도·폐차했을 때 하는 "
            "신고입니다. 번호판을 교부하거나 반납하며, 경자동차세(종별할) 과세의 기초가 됩니다."
        ),
        "department": "sangyo-zeimu",
        "category": "tax_insurance",
        "life_events": ["moving_in", "moving_out"],
        "eligibility": "車両の所有者（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "新規登録の場合は販売証明書または譲渡証明書",
            "他の市区町村で廃車した車両は廃車申告受付書",
            "廃車の場合はナンバープレートと標識交付証明書",
            "本人確認書類",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": (
                "登録・廃車の手数料はかかりません（軽自動車税（種別割）"
                "は毎年4月1日現在の所有者に課税）。"
            ),
        },
        "processing_days": 0,
        "legal_basis": "地方税法（軽自動車税）、港区特別区税条例",
        "online": False,
        "offline_reason": "original_documents",
        "offline_reason_text": (
            "販売証明書などの原本を確認してナンバープレートを交付・返納するため、"
            "窓口での手続きとなります。"
        ),
        "where_instead": "税務課（区役所）",
        "keywords": [
            "原付",
            "げんつき",
            "ナンバープレート",
            "バイク",
            "廃車",
            "軽自動車税",
            "原動機付自転車",
            "名義変更",
        ],
        "deadline_rule": "取得・譲渡・廃車などの事由が生じた日から15日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kokuho-kanyu-dattai",
        "name": "国民健康保険の加入・脱退の届出",
        "name_en": "Enrolling in or leaving National Health Insurance",
        "name_zh_hans": "加入或退出国民健康保险的申报",
        "name_ko": "국민건강보험 가입·탈퇴 신고",
        "summary": (
            "勤務先の健康保険をやめたときや転入したときは国民健康保険への加入、"
            "ほかの健康保険に入ったときは脱退の届出が必要です。"
            "資格が変わった日から14日以内に届け出てください。"
        ),
        "summary_en": (
            "You must enrol in National Health Insurance when you leave your employer's insurance "
            "or move in, and withdraw when you join another insurance. File within 14 days of the "
            "change."
        ),
        "summary_zh_hans": (
            "退出工作单位的健康保险或迁入时须申报加入国民健康保险；加入其他健康保险时须申报退出。"
            "请在资格变更之日起14天内办理。"
        ),
        "summary_ko": (
            "직장 건강보험을 그만두었거나 전입했을 때는 국민건강보험 가입, 다른 건강보험에 "
            "가입했을 때는 탈퇴 신고가 필요합니다. 자격이 바뀐 날부터 14일 이내에 신고해 주십시오."
        ),
        "department": "hokenfukushi-kokuho-nenkin",
        "category": "tax_insurance",
        "life_events": ["moving_in", "moving_out", "birth", "death", "foreign_arrival"],
        "eligibility": "世帯主または同一世帯の方（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "マイナンバーカード（または個人番号と本人確認ができる書類）",
            "加入の場合は前の健康保険の資格喪失証明書など",
            "脱退の場合は新しい健康保険の資格がわかるもの（資格確認書や資格情報のお知らせの写し）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "届出の手数料はかかりません（保険料は資格を得た月から発生します）。",
        },
        "processing_days": 5,
        "legal_basis": "国民健康保険法第9条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "国保年金課（区役所）・各総合支所区民課窓口サービス係",
        "keywords": [
            "国民健康保険",
            "こくみんけんこうほけん",
            "国保",
            "こくほ",
            "保険証",
            "資格確認書",
            "退職",
            "加入",
            "脱退",
        ],
        "deadline_rule": "資格を取得または喪失した日から14日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kokumin-nenkin-kanyu",
        "name": "国民年金の加入（第1号被保険者）の届出",
        "name_en": "Enrolling in the National Pension (Category 1 insured persons)",
        "name_zh_hans": "加入国民年金（第1号被保险人）的申报",
        "name_ko": "국민연금 가입(제1호 피보험자) 신고",
        "summary": (
            "20歳以上60歳未満で勤務先の厚生年金に入っていない方（自営業・学生・退職した方など）"
            "が国民年金に加入する届出です。マイナポータルからも届け出られます。"
        ),
        "summary_en": (
            "For people aged 20 to 59 who are not covered by an employee pension (self-employed "
            "people, students, people who have left a job, etc.) to enrol in the National "
            "Pension. You can also file through Mynaportal."
        ),
        "summary_zh_hans": (
            "20岁以上未满60岁、未加入工作单位厚生年金的人（个体经营者、学生、离职者等）"
            "加入国民年金的申报。也可以通过Mynaportal申报。"
        ),
        "summary_ko": (
            "20세 이상 60세 미만으로 직장 후생연금에 가입하지 않은 분(자영업자·학생·퇴직자 등)이 "
            "국민연금에 가입하는 신고입니다. 마이나포털에서도 신고할 수 있습니다."
        ),
        "department": "hokenfukushi-kokuho-nenkin",
        "category": "tax_insurance",
        "life_events": ["moving_in", "foreign_arrival"],
        "eligibility": "本人（世帯主が代わって届け出ることもできます）",
        "identity_level": "identity",
        "documents": [
            "マイナンバーカードまたは基礎年金番号がわかる書類",
            "退職日がわかる書類（離職票や健康保険の資格喪失証明書など）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 10,
        "legal_basis": "国民年金法第12条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "国保年金課（区役所）・各総合支所区民課窓口サービス係",
        "keywords": [
            "国民年金",
            "こくみんねんきん",
            "年金",
            "ねんきん",
            "第1号被保険者",
            "退職",
            "20歳",
            "種別変更",
        ],
        "deadline_rule": "資格を取得した日（退職日の翌日など）から14日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "nenkin-menjo",
        "name": "国民年金保険料の免除・納付猶予の申請",
        "name_en": (
            "Application for exemption from or postponement of National Pension contributions"
        ),
        "name_zh_hans": "申请国民年金保险费的免除或延期缴纳",
        "name_ko": "국민연금 보험료 면제·납부 유예 신청",
        "summary": (
            "所得が少ないときや失業したときなどに、国民年金保険料の全額または一部の免除や納付猶予"
            "を申請できます。学生は学生納付特例を利用できます。マイナポータルからも申請できます。"
        ),
        "summary_en": (
            "If your income is low or you have lost your job, you can apply to be exempted from "
            "all or part of your National Pension contributions, or to postpone payment. Students "
            "can use the special student deferral. You can also apply through Mynaportal."
        ),
        "summary_zh_hans": (
            "收入较低或失业时，可以申请全额或部分免除国民年金保险费，或申请延期缴纳。"
            "学生可以利用学生缴纳特例。也可以通过Mynaportal申请。"
        ),
        "summary_ko": (
            "소득이 적거나 실업한 경우 등에 국민연금 보험료의 전액 또는 일부 면제, 납부 유예를 "
            "신청할 수 있습니다. 학생은 학생납부특례를 이용할 수 있습니다. 마이나포털에서도 "
            "신청할 수 있습니다."
        ),
        "department": "hokenfukushi-kokuho-nenkin",
        "category": "tax_insurance",
        "life_events": [],
        "eligibility": "国民年金第1号被保険者本人（審査は本人・配偶者・世帯主の所得で行います）",
        "identity_level": "identity",
        "documents": [
            "マイナンバーカードまたは基礎年金番号がわかる書類",
            "失業を理由とする場合は雇用保険受給資格者証や離職票の写し",
            "学生納付特例の場合は学生証の写しまたは在学証明書",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 40,
        "legal_basis": "国民年金法第90条・第90条の2・第90条の3",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "国保年金課（区役所）・各総合支所区民課窓口サービス係",
        "keywords": [
            "年金免除",
            "ねんきんめんじょ",
            "納付猶予",
            "学生納付特例",
            "国民年金",
            "保険料",
            "失業",
            "払えない",
        ],
        "deadline_rule": (
            "保険料の納付期限から2年を経過していない期間について、さかのぼって申請できます"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "jido-teate",
        "name": "児童手当の認定請求",
        "name_en": "Application for Child Allowance (jidō teate)",
        "name_zh_hans": "申请儿童津贴（认定请求）",
        "name_ko": "아동수당 인정 청구",
        "summary": (
            "高校生年代までの子どもを育てている方に支給される児童手当を受けるための申請です。"
            "出生日や転入日の翌日から15日以内に申請すると、その翌月分から支給されます。"
        ),
        "summary_en": (
            "Apply to receive Child Allowance, paid to people raising children up to high-school "
            "age. If you apply within 15 days after the birth or moving-in date, payment starts "
            "from the following month."
        ),
        "summary_zh_hans": (
            "为领取发给抚养高中年龄段及以下儿童者的儿童津贴而办理的申请。"
            "在出生日或迁入日次日起15天内申请的，从次月起支付。"
        ),
        "summary_ko": (
            "고등학생 연령대까지의 자녀를 키우는 분에게 지급되는 아동수당을 받기 위한 신청입니다. "
            "출생일이나 전입일 다음 날부터 15일 이내에 신청하면 그 다음 달분부터 지급됩니다."
        ),
        "department": "kodomo",
        "category": "childcare",
        "life_events": ["birth", "moving_in", "foreign_arrival"],
        "eligibility": (
            "子どもを養育している父母などのうち、生計を維持する程度の高い方（公務員は勤務先に請求）"
        ),
        "identity_level": "identity",
        "documents": [
            "請求者名義の振込先口座がわかるもの",
            "請求者のマイナンバーカード（または個人番号と本人確認ができる書類）",
            "子どもと別居している場合などは追加の書類",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 15,
        "legal_basis": "児童手当法第7条・第8条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各総合支所区民課保健福祉係・台場分室、子ども家庭支援部（区役所）",
        "keywords": [
            "児童手当",
            "じどうてあて",
            "子ども手当",
            "手当",
            "出生",
            "転入",
            "高校生",
            "多子加算",
        ],
        "deadline_rule": (
            "出生日・転入日（前住所地の転出予定日）の翌日から15日以内に請求すると翌月分から支給。"
            "遅れると請求した月の翌月分からとなり、さかのぼれません"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kodomo-iryohi-josei",
        "name": "子どもの医療費助成（マル乳・マル子・マル青）の申請",
        "name_en": (
            "Application for medical expense subsidies for children (Maru-nyū, Maru-ko, Maru-sei)"
        ),
        "name_zh_hans": "申请儿童医疗费补助（乳幼儿・义务教育就学儿童・高中生等）",
        "name_ko": "어린이 의료비 지원(마루뉴·마루코·마루세이) 신청",
        "summary": (
            "0歳から高校生年代までの子どもが健康保険で受診したときの自己負担分を区が助成します。"
            "医療証を受け取るための申請で、所得制限はありません。"
        ),
        "summary_en": (
            "The city pays the patient's share of health-insured medical costs for children from "
            "birth to high-school age. Apply to receive the medical certificate (iryōshō); there "
            "is no income limit."
        ),
        "summary_zh_hans": (
            "0岁至高中生年龄段的儿童使用健康保险就诊时，由区补助自付部分。"
            "这是为领取医疗证而办理的申请，没有收入限制。"
        ),
        "summary_ko": (
            "0세부터 고등학생 연령대까지의 어린이가 건강보험으로 진료받았을 때 본인부담금을 구가 "
            "지원합니다. 의료증을 받기 위한 신청이며 소득 제한은 없습니다."
        ),
        "department": "kodomo",
        "category": "childcare",
        "life_events": ["birth", "moving_in", "foreign_arrival"],
        "eligibility": "港区に住所があり、健康保険に加入している子どもを養育している保護者",
        "identity_level": "identity",
        "documents": [
            "子どもの健康保険の資格がわかるもの（資格確認書やマイナポータルの画面など）",
            "保護者のマイナンバーカード（または個人番号と本人確認ができる書類）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 7,
        "legal_basis": (
            "東京都乳幼児医療費助成事業・義務教育就学児医療費助成事業・"
            "高校生等医療費助成事業の各実施要綱に基づく区の助成"
        ),
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各総合支所区民課保健福祉係・台場分室、子ども家庭支援部（区役所）",
        "keywords": [
            "医療証",
            "いりょうしょう",
            "マル乳",
            "マル子",
            "マル青",
            "子ども医療費",
            "乳幼児医療費助成",
            "医療費助成",
            "子どもの医療費",
        ],
        "deadline_rule": (
            "出生・転入後すみやかに（申請前に受診した分は、"
            "後日の払戻し申請が必要になることがあります）"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "hoikuen-nyuen",
        "name": "保育園の入園申込み（利用調整）",
        "name_en": "Application for a place at an authorised nursery (hoikuen)",
        "name_zh_hans": "申请进入保育园（利用调整）",
        "name_ko": "보육원 입원 신청(이용 조정)",
        "summary": (
            "仕事や病気などで家庭で保育できない保護者が、"
            "認可保育園などへの入園を申し込む手続きです。4月入園の一次募集は毎年11月から受け付け、"
            "保育の必要性の指数にもとづいて入園先を決めます。"
        ),
        "summary_en": (
            "Parents who cannot look after their child at home because of work, illness or "
            "similar reasons apply for a place at an authorised nursery. Applications for April "
            "entry (first round) open every November, and places are allocated by a needs-based "
            "points score."
        ),
        "summary_zh_hans": (
            "因工作、疾病等原因无法在家照看孩子的监护人申请进入认可保育园等的手续。"
            "4月入园的第一次募集每年从11月开始受理，根据保育必要性指数决定入园园所。"
        ),
        "summary_ko": (
            "일이나 질병 등으로 가정에서 보육할 수 없는 보호자가 인가 보육원 등에 입원을 신청하는 "
            "절차입니다. 4월 입원 1차 모집은 매년 11월부터 접수하며, 보육 필요성 지수에 따라 "
            "입원처를 정합니다."
        ),
        "department": "kodomo-hoiku",
        "category": "childcare",
        "life_events": ["birth", "moving_in", "school"],
        "eligibility": (
            "港区に住所がある（または入園月までに転入予定の）保護者で、就労・疾病・"
            "介護などにより保育を必要とする方"
        ),
        "identity_level": "identity",
        "documents": [
            "入園申込書（支給認定申請書兼利用申込書）",
            "就労証明書など保育を必要とする事由を証明する書類",
            "保護者のマイナンバーカード（または個人番号と本人確認ができる書類）",
            "転入予定の場合は転入を確認できる書類（賃貸借契約書など）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": (
                "申込みの手数料はかかりません（保育料は住民税額に応じて決定。"
                "3〜5歳児クラスは無償化の対象）。"
            ),
        },
        "processing_days": 40,
        "legal_basis": "子ども・子育て支援法第20条、児童福祉法第24条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "保育課保育支援係（区役所7階）・各総合支所区民課保健福祉係・台場分室",
        "keywords": [
            "保育園",
            "ほいくえん",
            "保活",
            "入園申込み",
            "認可保育園",
            "保育所",
            "待機児童",
            "一次募集",
            "4月入園",
        ],
        "deadline_rule": (
            "4月入園の一次募集は毎年11月（郵送・電子申請は11月下旬まで、窓口は12月上旬まで）。"
            "5月以降の途中入園は入園希望月の前月上旬まで"
        ),
        "window": {
            "opens": "2026-11-01T09:00:00+09:00",
            "closes": "2026-12-04T17:00:00+09:00",
            "capacity": None,
            "mode": "lottery",
        },
        "retention_years": 5,
    },
    {
        "code": "gakudo-club",
        "name": "学童クラブの入会申請",
        "name_en": "Application for an after-school childcare club (gakudō club)",
        "name_zh_hans": "申请加入学童俱乐部（放学后儿童托管）",
        "name_ko": "학동클럽(방과후 아동 돌봄) 입회 신청",
        "summary": (
            "保護者が仕事などで放課後に家庭にいない小学生を、児童館などの学童クラブで預かります。"
            "4月からの入会は前年度の冬に申込みを受け付け、定員を超えた場合は指数により調整します。"
        ),
        "summary_en": (
            "After-school clubs at children's centres and similar facilities look after "
            "primary-school children whose parents are at work or otherwise away after school. "
            "Applications for April are taken in the preceding winter, and places are allocated "
            "by points if a club is oversubscribed."
        ),
        "summary_zh_hans": (
            "监护人因工作等原因放学后不在家的小学生，可在儿童馆等的学童俱乐部接受托管。"
            "4月开始的入会在前一年度冬季受理申请，超过名额时根据指数调整。"
        ),
        "summary_ko": (
            "보호자가 일 등으로 방과 후 집에 없는 초등학생을 아동관 등의 학동클럽에서 돌봅니다. "
            "4월부터의 입회는 전년도 겨울에 신청을 받으며, 정원을 초과할 경우 지수에 따라 "
            "조정합니다."
        ),
        "department": "kodomo-wakamono",
        "category": "childcare",
        "life_events": ["school", "moving_in"],
        "eligibility": (
            "区内在住の小学生で、保護者が就労・疾病・介護などにより放課後に家庭で保育できない児童"
            "の保護者"
        ),
        "identity_level": "identity",
        "documents": ["入会申請書", "就労証明書など保育が必要な事由を証明する書類"],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "育成料（月額）は区の定めによります。港区の金額は未確認のため記載していません。"
            ),
        },
        "processing_days": 20,
        "legal_basis": "児童福祉法第6条の3第2項（放課後児童健全育成事業）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "各児童館・子ども中高生プラザなどの学童クラブ、子ども若者支援課（区役所）"
        ),
        "keywords": [
            "学童クラブ",
            "がくどう",
            "学童保育",
            "放課後",
            "児童館",
            "小学生",
            "放課GO→",
        ],
        "deadline_rule": (
            "4月入会の一斉申込みは前年度の冬（例年12月〜1月ごろ）。"
            "年度途中の入会は空きがある場合に随時"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "shugaku-enjo",
        "name": "就学援助の申請",
        "name_en": "Application for school expense assistance (shūgaku enjo)",
        "name_zh_hans": "申请就学援助",
        "name_ko": "취학원조 신청",
        "summary": (
            "経済的な理由で、区立小・中学校に通う子どもの学用品費や修学旅行費などの負担が難しい家"
            "庭に、費用の一部を援助します。所得の基準があり、年度ごとに申請が必要です。"
        ),
        "summary_en": (
            "Families who find it hard for economic reasons to pay for school supplies, school "
            "trips and similar costs for children at ward primary and junior high schools can "
            "receive help with part of the cost. There is an income threshold, and you must apply "
            "every school year."
        ),
        "summary_zh_hans": (
            "对因经济原因难以负担就读区立小学、初中的子女的学习用品费、修学旅行费等的家庭，"
            "补助部分费用。设有收入标准，每个学年都需要申请。"
        ),
        "summary_ko": (
            "경제적인 이유로 구립 초·중학교에 다니는 자녀의 학용품비나 수학여행비 등의 부담이 "
            "어려운 가정에 비용의 일부를 지원합니다. 소득 기준이 있으며 학년도마다 신청이 "
            "필요합니다."
        ),
        "department": "kyoiku-gakumu",
        "category": "childcare",
        "life_events": ["school"],
        "eligibility": (
            "区内在住で区立小・中学校などに通う児童・生徒の保護者のうち、所得が基準以下の方"
        ),
        "identity_level": "identity",
        "documents": [
            "就学援助申請書",
            "保護者の課税情報を区が確認することへの同意",
            "状況に応じて収入の減少などを証明する書類",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 20,
        "legal_basis": "学校教育法第19条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "学務課（区役所7階）・在籍する学校",
        "keywords": [
            "就学援助",
            "しゅうがくえんじょ",
            "学用品",
            "修学旅行",
            "学校の費用",
            "教育費",
            "援助",
        ],
        "deadline_rule": (
            "年度ごとに申請（年度の途中でも申請でき、その場合は申請した月以降の分が対象になること"
            "があります）"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "tennyugaku",
        "name": "区立小・中学校への転入学の手続き",
        "name_en": "Transferring into a ward primary or junior high school",
        "name_zh_hans": "转入区立小学・初中的手续",
        "name_ko": "구립 초·중학교 전입학 절차",
        "summary": (
            "港区に転入した小・中学生や区内で転居した小・中学生が、"
            "区立学校に転校するための手続きです。転入届の後に学務課で転入学通知書を受け取り、"
            "学校へ提出します。"
        ),
        "summary_en": (
            "For primary and junior-high pupils who move into Minato or within it and transfer to "
            "a ward school. After the moving-in notification, collect the school placement notice "
            "from the School Affairs Division and hand it to the school."
        ),
        "summary_zh_hans": (
            "迁入港区或在区内迁居的中小学生转学到区立学校的手续。办理迁入申报后，"
            "在学务科领取转入学通知书，并提交给学校。"
        ),
        "summary_ko": (
            "미나토구로 전입했거나 구내에서 이사한 초·중학생이 구립학교로 전학하기 위한 "
            "절차입니다. 전입신고 후 학무과에서 전입학통지서를 받아 학교에 제출합니다."
        ),
        "department": "kyoiku-gakumu",
        "category": "childcare",
        "life_events": ["moving_in", "moving_within", "school"],
        "eligibility": "区立小・中学校に通う児童・生徒の保護者",
        "identity_level": "identity",
        "documents": [
            "在学証明書（前の学校が発行）",
            "教科用図書給与証明書（前の学校が発行）",
            "新しい住所がわかるもの（転入届・転居届の控えなど）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "学校教育法施行令第5条・第6条",
        "online": False,
        "offline_reason": "original_documents",
        "offline_reason_text": (
            "前の学校が発行した在学証明書・教科用図書給与証明書の原本を確認して転入学通知書を交付"
            "するため、窓口での手続きとなります。"
        ),
        "where_instead": "学務課（区役所7階）",
        "keywords": [
            "転校",
            "てんこう",
            "転入学",
            "小学校",
            "中学校",
            "就学通知",
            "学区",
            "在学証明書",
        ],
        "deadline_rule": "転入届・転居届の後、転校する日までに",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "yochien-nyuen",
        "name": "区立幼稚園の入園申込み",
        "name_en": "Application for a ward kindergarten",
        "name_zh_hans": "申请进入区立幼儿园",
        "name_ko": "구립 유치원 입원 신청",
        "summary": (
            "区立幼稚園に3歳児・4歳児として入園するための申込みです。"
            "毎年11月に翌年4月入園の一斉募集を行い、定員を超えた園は抽選になります。"
        ),
        "summary_en": (
            "Apply for a place at a ward kindergarten for three- or four-year-olds. A general "
            "intake for the following April is held every November; oversubscribed kindergartens "
            "hold a lottery."
        ),
        "summary_zh_hans": (
            "以3岁儿童或4岁儿童身份进入区立幼儿园的申请。每年11月统一招募次年4月入园的幼儿，"
            "超过名额的园所将抽签决定。"
        ),
        "summary_ko": (
            "구립 유치원에 3세아·4세아로 입원하기 위한 신청입니다. 매년 11월에 다음 해 4월 입원 "
            "일제 모집을 실시하며, 정원을 초과한 유치원은 추첨합니다."
        ),
        "department": "kyoiku-gakumu",
        "category": "childcare",
        "life_events": ["school", "moving_in"],
        "eligibility": (
            "保護者とともに区内に住所があり、保護者が送り迎えできる幼児（対象年齢は募集要項のとお"
            "り）"
        ),
        "identity_level": "identity",
        "documents": ["入園申込書・受付票", "住所を確認できる書類"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "申込みの手数料はかかりません（保育料は幼児教育・保育の無償化の対象）。",
        },
        "processing_days": 10,
        "legal_basis": "学校教育法第22条・第26条、子ども・子育て支援法第20条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各区立幼稚園・学務課学事係（区役所7階）、郵送",
        "keywords": [
            "幼稚園",
            "ようちえん",
            "区立幼稚園",
            "入園",
            "3歳児",
            "4歳児",
            "一斉募集",
            "預かり保育",
        ],
        "deadline_rule": (
            "一斉募集は毎年11月中旬ごろ（電子申請・持参・郵送）。その後は各園で随時受付"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "jido-fuyo-teate",
        "name": "児童扶養手当の認定請求（ひとり親家庭）",
        "name_en": "Application for Child Rearing Allowance (single-parent families)",
        "name_zh_hans": "申请儿童抚养津贴（单亲家庭）",
        "name_ko": "아동부양수당 인정 청구(한부모 가정)",
        "summary": (
            "離婚や死別などで父または母と生計を同じくしていない子どもを育てるひとり親家庭などに支"
            "給される手当の申請です。所得制限があり、受給資格を確認するため窓口で面談を行います。"
            "都の制度による児童育成手当もあわせて申請できます。"
        ),
        "summary_en": (
            "Apply for the allowance for single-parent and similar families raising a child who "
            "does not share a livelihood with one parent because of divorce, death or other "
            "reasons. There is an income limit, and an interview at the counter confirms "
            "eligibility. The child-rearing allowance (jidō ikusei teate) under the Tokyo scheme "
            "can be applied for at the same time."
        ),
        "summary_zh_hans": (
            "因离婚、丧偶等原因，抚养未与父亲或母亲共同生活的儿童的单亲家庭等可申请的津贴。"
            "设有收入限制，为确认领取资格须在窗口面谈。也可同时申请东京都制度下的儿童育成津贴。"
        ),
        "summary_ko": (
            "이혼이나 사별 등으로 아버지 또는 어머니와 생계를 같이하지 않는 자녀를 키우는 한부모 "
            "가정 등에 지급되는 수당의 신청입니다. 소득 제한이 있으며, 수급 자격을 확인하기 위해 "
            "창구에서 면담을 합니다. 도쿄도 제도에 의한 아동육성수당도 함께 신청할 수 있습니다."
        ),
        "department": "kodomo",
        "category": "welfare",
        "life_events": [],
        "eligibility": (
            "18歳になった後の最初の3月31日まで（一定の障害がある場合は20歳未満）"
            "の子どもを養育するひとり親などで、所得が基準以下の方"
        ),
        "identity_level": "identity",
        "documents": [
            "請求者と子どもの戸籍証明書（離婚日などの記載があるもの）",
            "請求者名義の振込先口座がわかるもの",
            "マイナンバーカード（または個人番号と本人確認ができる書類）",
            "状況に応じて賃貸借契約書の写しなど",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 30,
        "legal_basis": "児童扶養手当法第4条・第6条",
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "受給資格（婚姻に準じる関係の有無や養育の状況など）を確認するため、"
            "請求者本人との面談を窓口で行う必要があり、オンラインでは請求を完了できません。"
        ),
        "where_instead": "各総合支所区民課保健福祉係・台場分室、子ども家庭支援部（区役所）",
        "keywords": [
            "児童扶養手当",
            "じどうふようてあて",
            "ひとり親",
            "母子家庭",
            "父子家庭",
            "離婚",
            "児童育成手当",
            "シングル",
        ],
        "deadline_rule": (
            "手当は請求した月の翌月分から支給されるため、事由が生じたらすみやかに請求してください"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kaigo-nintei",
        "name": "要介護・要支援認定の申請",
        "name_en": "Application for long-term care need certification",
        "name_zh_hans": "申请要护理・要支援认定",
        "name_ko": "요개호·요지원 인정 신청",
        "summary": (
            "介護保険のサービスを利用するために、介護や支援がどの程度必要かの認定を受ける申請です"
            "。申請後に認定調査と主治医の意見書にもとづく審査があり、"
            "原則30日以内に結果を通知します。"
        ),
        "summary_en": (
            "To use long-term care insurance services, apply to have the level of care or support "
            "you need certified. After you apply, an assessment visit and your doctor's opinion "
            "are reviewed, and the result is normally notified within 30 days."
        ),
        "summary_zh_hans": (
            "为使用护理保险服务，申请认定需要何种程度的护理或支援。"
            "申请后将根据认定调查和主治医生意见书进行审查，原则上在30天内通知结果。"
        ),
        "summary_ko": (
            "개호보험 서비스를 이용하기 위해 개호나 지원이 어느 정도 필요한지 인정을 받는 "
            "신청입니다. 신청 후 인정조사와 주치의 의견서를 바탕으로 심사하며, 원칙적으로 30일 "
            "이내에 결과를 통지합니다."
        ),
        "department": "hokenfukushi-kaigo",
        "category": "welfare",
        "life_events": ["long_term_care"],
        "eligibility": (
            "65歳以上の方、40〜64歳で特定疾病により介護が必要な方。家族、"
            "高齢者相談センター（地域包括支援センター）、"
            "居宅介護支援事業者などが代わって申請できます。"
        ),
        "identity_level": "identity",
        "documents": [
            "介護保険被保険者証（65歳以上の方）",
            "医療保険の資格がわかるもの（40〜64歳の方）",
            "主治医の氏名・医療機関名",
            "マイナンバーカード（または個人番号と本人確認ができる書類）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "申請・認定の費用はかかりません（主治医意見書の費用も区が負担します）。",
        },
        "processing_days": 22,
        "legal_basis": "介護保険法第27条・第32条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "介護保険課（区役所）・各総合支所区民課保健福祉係・台場分室・高齢者相談センター"
        ),
        "keywords": [
            "介護認定",
            "かいごにんてい",
            "要介護",
            "要支援",
            "介護保険",
            "かいご",
            "ケアマネ",
            "認知症",
            "高齢者",
        ],
        "deadline_rule": "更新申請は認定の有効期間が満了する日の60日前から満了日までに行います",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "shintai-shogaisha-techo",
        "name": "身体障害者手帳の交付申請",
        "name_en": "Application for a physical disability certificate (shintai shōgaisha techō)",
        "name_zh_hans": "申请交付身体残疾人手册",
        "name_ko": "신체장애인 수첩 교부 신청",
        "summary": (
            "身体に一定の障害がある方が、福祉サービスや各種の割引を受けるための手帳を申請する手続"
            "きです。都が指定する医師の診断書が必要で、東京都の審査を経て交付されます。"
        ),
        "summary_en": (
            "People with certain physical disabilities apply for the certificate used to access "
            "welfare services and discounts. A medical certificate from a doctor designated by "
            "Tokyo is required, and the certificate is issued after review by the Tokyo "
            "Metropolitan Government."
        ),
        "summary_zh_hans": (
            "身体有一定残疾的人为享受福利服务和各种优惠而申请手册的手续。"
            "需要东京都指定医生开具的诊断书，经东京都审查后交付。"
        ),
        "summary_ko": (
            "신체에 일정한 장애가 있는 분이 복지 서비스나 각종 할인을 받기 위한 수첩을 신청하는 "
            "절차입니다. 도쿄도가 지정한 의사의 진단서가 필요하며, 도쿄도의 심사를 거쳐 "
            "교부됩니다."
        ),
        "department": "hokenfukushi-shogaisha",
        "category": "welfare",
        "life_events": [],
        "eligibility": (
            "区内に住所があり、身体障害者福祉法の障害程度に該当する方（15歳未満は保護者が申請）"
        ),
        "identity_level": "identity",
        "documents": [
            "身体障害者診断書・意見書（東京都の指定医が作成したもの）",
            "本人の顔写真（縦4cm×横3cm）",
            "マイナンバーカード（または個人番号と本人確認ができる書類）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "申請の手数料はかかりません（診断書の作成料は自己負担）。",
        },
        "processing_days": 40,
        "legal_basis": "身体障害者福祉法第15条",
        "online": False,
        "offline_reason": "original_documents",
        "offline_reason_text": (
            "指定医が作成した診断書・意見書の原本と顔写真の提出が必要なため、窓口で申請します。"
        ),
        "where_instead": "障害者福祉課（区役所）・各総合支所区民課保健福祉係・台場分室",
        "keywords": [
            "障害者手帳",
            "しょうがいしゃてちょう",
            "身体障害者手帳",
            "手帳",
            "障害",
            "障がい",
            "指定医",
            "福祉",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "seikatsu-hogo",
        "name": "生活保護の相談・申請",
        "name_en": "Consultation and application for public assistance (seikatsu hogo)",
        "name_zh_hans": "生活保护的咨询与申请",
        "name_ko": "생활보호 상담·신청",
        "summary": (
            "病気や失業などで生活に困ったときに、最低限度の生活を保障し自立を支援する制度です。"
            "まずは相談員にご相談ください。申請する権利は誰にでもあり、"
            "原則14日以内に保護の要否を決定します。"
        ),
        "summary_en": (
            "A system that guarantees a minimum standard of living and supports independence when "
            "illness, unemployment or other hardship leaves you unable to get by. Start by "
            "talking to a caseworker. Anyone has the right to apply, and a decision is normally "
            "made within 14 days."
        ),
        "summary_zh_hans": (
            "因疾病、失业等原因生活困难时，保障最低限度生活并支援自立的制度。请先向咨询员咨询。"
            "任何人都有申请的权利，原则上在14天内决定是否给予保护。"
        ),
        "summary_ko": (
            "질병이나 실업 등으로 생활이 어려울 때 최저한도의 생활을 보장하고 자립을 지원하는 "
            "제도입니다. 먼저 상담원과 상담해 주십시오. 신청할 권리는 누구에게나 있으며, "
            "원칙적으로 14일 이내에 보호 여부를 결정합니다."
        ),
        "department": "shiba-seikatsu-fukushi",
        "category": "welfare",
        "life_events": [],
        "eligibility": (
            "区内に住んでいて生活に困っている方（本人、扶養義務者、同居の親族が申請できます）"
        ),
        "identity_level": "identity",
        "documents": [
            "保護申請書（窓口にあります。書類がそろっていなくても申請できます）",
            "収入・資産がわかる書類（預金通帳、給与明細など）",
            "本人確認書類",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 10,
        "legal_basis": "生活保護法第7条・第24条",
        "online": False,
        "offline_reason": "not_yet",
        "offline_reason_text": (
            "申請は書面で行い（生活保護法第24条）、生活状況をお聞きする面接相談と家庭訪問を行うた"
            "め、オンライン申請は未対応です。来庁が難しい場合は相談員が訪問します。"
        ),
        "where_instead": "各総合支所の生活福祉担当（芝地区総合支所生活福祉担当など）",
        "keywords": [
            "生活保護",
            "せいかつほご",
            "生活に困った",
            "お金がない",
            "家賃が払えない",
            "失業",
            "生活困窮",
            "相談",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "ninshin-todoke",
        "name": "妊娠届・母子健康手帳の交付",
        "name_en": "Pregnancy notification and the Maternal and Child Health Handbook",
        "name_zh_hans": "妊娠申报及交付母子健康手册",
        "name_ko": "임신신고·모자건강수첩 교부",
        "summary": (
            "妊娠がわかったら区に届け出て、母子健康手帳と妊婦健康診査の受診票などを受け取ります。"
            "保健師などによる面接（妊婦面接）もあわせて行います。"
        ),
        "summary_en": (
            "Once your pregnancy is confirmed, notify the city to receive the Maternal and Child "
            "Health Handbook and vouchers for prenatal check-ups. An interview with a public "
            "health nurse is also offered."
        ),
        "summary_zh_hans": (
            "确认妊娠后向区申报，领取母子健康手册和孕妇健康检查就诊券等。"
            "同时由保健师等进行面谈（孕妇面谈）。"
        ),
        "summary_ko": (
            "임신을 확인하면 구에 신고하고 모자건강수첩과 임산부 건강검진 수진표 등을 받습니다. "
            "보건사 등에 의한 면담(임산부 면담)도 함께 진행합니다."
        ),
        "department": "hokenjo-kenko-suishin",
        "category": "health",
        "life_events": ["birth"],
        "eligibility": "港区に住民登録がある妊婦本人（代理人は委任状が必要）",
        "identity_level": "identity",
        "documents": [
            "妊婦のマイナンバーカード（または個人番号と本人確認ができる書類）",
            "妊娠の診断を受けた医療機関名と出産予定日",
            "代理人の場合は委任状",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 5,
        "legal_basis": "母子保健法第15条・第16条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "みなと保健所健康推進課・各総合支所区民課保健福祉係・台場分室",
        "keywords": [
            "妊娠届",
            "にんしんとどけ",
            "母子手帳",
            "ぼしてちょう",
            "母子健康手帳",
            "妊婦健診",
            "妊娠",
            "出産",
        ],
        "deadline_rule": "妊娠の診断を受けたらすみやかに（母子保健法第15条）",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "yobo-sesshu-yoshinhyo",
        "name": "予防接種予診票の交付申請",
        "name_en": "Request for vaccination pre-screening forms (yoshinhyō)",
        "name_zh_hans": "申请交付预防接种预诊表",
        "name_ko": "예방접종 예진표 교부 신청",
        "summary": (
            "子どもの定期予防接種などを区内の協力医療機関で無料で受けるための予診票を請求する手続"
            "きです。転入した方や予診票をなくした方が申請します。"
        ),
        "summary_en": (
            "Request the pre-screening forms needed to receive routine vaccinations, such as "
            "children's vaccinations, free of charge at participating clinics. People who have "
            "moved in or lost their forms apply."
        ),
        "summary_zh_hans": (
            "申请在区内合作医疗机构免费接种儿童定期预防接种等所需预诊表的手续。"
            "适用于迁入者或遗失预诊表的人。"
        ),
        "summary_ko": (
            "어린이 정기예방접종 등을 구내 협력 의료기관에서 무료로 받기 위한 예진표를 청구하는 "
            "절차입니다. 전입한 분이나 예진표를 분실한 분이 신청합니다."
        ),
        "department": "hokenjo-hoken-yobo",
        "category": "health",
        "life_events": ["moving_in", "birth", "foreign_arrival"],
        "eligibility": "港区に住民登録がある接種対象者（子どもの場合は保護者）",
        "identity_level": "email",
        "documents": [
            "母子健康手帳（これまでの接種歴がわかるページ）",
            "転入前の接種歴がわかるもの",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "定期予防接種は無料。任意接種は種類により自己負担や区の助成があります。",
        },
        "processing_days": 5,
        "legal_basis": "予防接種法第5条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "みなと保健所保健予防課・各総合支所区民課保健福祉係・台場分室",
        "keywords": [
            "予防接種",
            "よぼうせっしゅ",
            "ワクチン",
            "予診票",
            "よしんひょう",
            "定期接種",
            "転入",
            "子どもの予防接種",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "gan-kenshin",
        "name": "各種がん検診の申込み",
        "name_en": "Application for cancer screenings",
        "name_zh_hans": "申请各类癌症筛查",
        "name_ko": "각종 암 검진 신청",
        "summary": (
            "胃がん・肺がん・大腸がん・子宮頸がん・乳がんなどの検診を区内の協力医療機関で受けるた"
            "めの申込みです。対象年齢は検診の種類ごとに決まっています。"
        ),
        "summary_en": (
            "Apply for screenings for stomach, lung, colorectal, cervical, breast and other "
            "cancers at participating clinics in Minato. The eligible age depends on the type of "
            "screening."
        ),
        "summary_zh_hans": (
            "为在区内合作医疗机构接受胃癌、肺癌、大肠癌、宫颈癌、乳腺癌等筛查而办理的申请。"
            "各项筛查的对象年龄不同。"
        ),
        "summary_ko": (
            "위암·폐암·대장암·자궁경부암·유방암 등의 검진을 구내 협력 의료기관에서 받기 위한 "
            "신청입니다. 대상 연령은 검진 종류별로 정해져 있습니다."
        ),
        "department": "hokenjo-kenko-suishin",
        "category": "health",
        "life_events": [],
        "eligibility": (
            "港区に住民登録があり、各検診の対象年齢に該当する方（職場などで受診できる方を除く）"
        ),
        "identity_level": "email",
        "documents": ["受診券（申込み後に郵送）", "受診時は健康保険の資格がわかるもの"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": (
                "ここでは自己負担なしとしています。港区のがん検診の自己負担額は未確認です（区によ"
                "って無料または一部負担）。"
            ),
        },
        "processing_days": 10,
        "legal_basis": "健康増進法第19条の2",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "みなと保健所健康推進課（電話・はがきでも申込み可）",
        "keywords": [
            "がん検診",
            "がんけんしん",
            "胃がん",
            "肺がん",
            "大腸がん",
            "子宮がん",
            "乳がん",
            "検診",
            "健診",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "sodai-gomi",
        "name": "粗大ごみ収集の申込み",
        "name_en": "Request for collection of oversized household waste (sodai gomi)",
        "name_zh_hans": "申请回收大件垃圾",
        "name_ko": "대형 쓰레기 수거 신청",
        "summary": (
            "家具など、一辺がおおむね30cm以上の家庭の大きなごみの収集を申し込む手続きです。"
            "粗大ごみ受付センターのホームページから24時間申し込め、"
            "コンビニなどで処理券を買って品物に貼って出します。"
        ),
        "summary_en": (
            "Request collection of large household items such as furniture whose longest side is "
            "about 30 cm or more. You can apply 24 hours a day on the Oversized Waste Reception "
            "Center website, then buy disposal stickers at a convenience store and attach them to "
            "the items."
        ),
        "summary_zh_hans": (
            "申请回收家具等边长约30厘米以上的家庭大件垃圾的手续。"
            "可全天24小时通过大件垃圾受理中心网站申请，在便利店等购买处理券贴在物品上后排出。"
        ),
        "summary_ko": (
            "가구 등 한 변이 대략 30cm 이상인 가정의 큰 쓰레기 수거를 신청하는 절차입니다. 대형 "
            "쓰레기 접수센터 홈페이지에서 24시간 신청할 수 있으며, 편의점 등에서 처리권을 구입해 "
            "물품에 붙여 배출합니다."
        ),
        "department": "kankyo-recycle-seiso",
        "category": "waste",
        "life_events": ["moving_in", "moving_out", "moving_within"],
        "eligibility": (
            "区内の家庭（事業活動に伴うごみ、エアコン・テレビ・冷蔵庫・洗濯機・パソコンは対象外）"
        ),
        "identity_level": "none",
        "documents": ["有料粗大ごみ処理券（コンビニや区内の取扱所で購入）", "申込み時の受付番号"],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "品目・大きさにより異なり、有料粗大ごみ処理券で支払います。"
                "1点400円からとしていますが、港区の料金表での確認が必要です。"
            ),
        },
        "processing_days": 5,
        "legal_basis": (
            "廃棄物の処理及び清掃に関する法律第6条の2、港区廃棄物の処理及び再利用に関する条例"
        ),
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "粗大ごみ受付センター（電話：月曜〜土曜 午前8時〜午後7時）、みなとリサイクル清掃事務所"
        ),
        "keywords": [
            "粗大ごみ",
            "そだいごみ",
            "大型ごみ",
            "家具",
            "ゴミ",
            "ごみ",
            "ソファ",
            "ベッド",
            "処理券",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "ichiji-taryo-gomi",
        "name": "引越しなどで一時に多く出るごみの収集申込み",
        "name_en": (
            "Request for collection of a large one-off amount of household waste (e.g. when moving)"
        ),
        "name_zh_hans": "申请回收搬家等一次性大量产生的垃圾",
        "name_ko": "이사 등으로 일시에 많이 나오는 쓰레기 수거 신청",
        "summary": (
            "引越しや大掃除などで、ふだんの集積所に出せない量の家庭ごみが一度に出るときの収集を申"
            "し込む手続きです。量に応じて手数料がかかります。"
        ),
        "summary_en": (
            "Request collection when moving or a big clear-out produces more household waste at "
            "once than you can put out at the usual collection point. A fee is charged according "
            "to the amount."
        ),
        "summary_zh_hans": (
            "因搬家、大扫除等一次性产生无法放到普通垃圾收集点的大量家庭垃圾时申请回收的手续。"
            "根据数量收取手续费。"
        ),
        "summary_ko": (
            "이사나 대청소 등으로 평소 집적소에 내놓을 수 없는 양의 가정 쓰레기가 한꺼번에 나올 "
            "때 수거를 신청하는 절차입니다. 양에 따라 수수료가 부과됩니다."
        ),
        "department": "kankyo-recycle-seiso",
        "category": "waste",
        "life_events": ["moving_out", "moving_within", "death"],
        "eligibility": "区内の家庭（事業活動に伴うごみは対象外）",
        "identity_level": "email",
        "documents": ["出す量・品目・場所の連絡", "案内された手数料分の有料ごみ処理券"],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "量に応じた手数料がかかります（金額は申込み時に清掃事務所が案内します。"
                "港区の単価は未確認）。"
            ),
        },
        "processing_days": 5,
        "legal_basis": (
            "廃棄物の処理及び清掃に関する法律第6条の2、港区廃棄物の処理及び再利用に関する条例"
        ),
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "みなとリサイクル清掃事務所（電話）",
        "keywords": [
            "引越しごみ",
            "引っ越しごみ",
            "大量のごみ",
            "一時多量",
            "臨時ごみ",
            "大掃除",
            "遺品整理",
            "ごみ",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "inu-toroku",
        "name": "犬の登録",
        "name_en": "Dog registration",
        "name_zh_hans": "犬只登记",
        "name_ko": "개 등록",
        "summary": (
            "生後91日以上の犬を飼い始めたら、30日以内に登録が必要です（生涯に1回）。"
            "マイクロチップを装着した犬は、環境省のデータベースに所有者情報を登録することで区への"
            "登録となります。"
        ),
        "summary_en": (
            "Once you start keeping a dog aged 91 days or more, you must register it within 30 "
            "days (once in its lifetime). For a microchipped dog, registering the owner details "
            "in the Ministry of the Environment database counts as registration with the city."
        ),
        "summary_zh_hans": (
            "开始饲养出生91天以上的犬只后，须在30天内登记（一生一次）。已植入微芯片的犬只，"
            "在环境省数据库登记主人信息即视为向区登记。"
        ),
        "summary_ko": (
            "생후 91일 이상인 개를 기르기 시작하면 30일 이내에 등록해야 합니다(평생 1회). "
            "마이크로칩을 장착한 개는 환경성 데이터베이스에 소유자 정보를 등록하면 구에 등록한 "
            "것이 됩니다."
        ),
        "department": "hokenjo-seikatsu-eisei",
        "category": "animals",
        "life_events": ["moving_in"],
        "eligibility": "犬の所有者",
        "identity_level": "identity",
        "documents": [
            "犬の情報（名前・生年月日・犬種・毛色など）",
            "狂犬病予防注射済証（注射を受けている場合）",
            "本人確認書類",
        ],
        "fee": {
            "kind": "fixed",
            "amount_yen": 3000,
            "note": (
                "1頭3,000円（鑑札の交付）。マイクロチップ装着犬は環境省データベースの登録料が別に"
                "かかり、区の鑑札は交付されません。"
            ),
        },
        "processing_days": 0,
        "legal_basis": "狂犬病予防法第4条",
        "online": False,
        "offline_reason": "not_yet",
        "offline_reason_text": (
            "犬鑑札（金属の札）を窓口でお渡しするため、区への登録申請はオンラインでは未対応です。"
            "マイクロチップを装着した犬は、環境省の「犬と猫のマイクロチップ情報登録」"
            "でオンラインで手続きできます。"
        ),
        "where_instead": "みなと保健所生活衛生課・各総合支所区民課保健福祉係・台場分室",
        "keywords": [
            "犬の登録",
            "いぬのとうろく",
            "犬",
            "いぬ",
            "鑑札",
            "かんさつ",
            "マイクロチップ",
            "ペット",
            "子犬",
        ],
        "deadline_rule": "犬を取得した日（生後90日以内の犬は生後90日を経過した日）から30日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "inu-henko-shibo",
        "name": "犬の所在地等の変更・死亡の届出",
        "name_en": "Notifying a change of address, owner or other details of a dog, or its death",
        "name_zh_hans": "犬只所在地等变更及死亡申报",
        "name_ko": "개 소재지 등 변경·사망 신고",
        "summary": (
            "飼い主の住所や氏名が変わったとき、犬を譲ったとき、犬が死亡したときの届出です。"
            "区の電子申請で届け出られます。"
        ),
        "summary_en": (
            "File this when the owner's address or name changes, when you give the dog to someone "
            "else, or when the dog dies. You can file it through the city's online application "
            "service."
        ),
        "summary_zh_hans": (
            "饲主地址或姓名变更、转让犬只或犬只死亡时需要办理的申报。可以通过区的电子申请办理。"
        ),
        "summary_ko": (
            "보호자의 주소나 이름이 바뀌었을 때, 개를 양도했을 때, 개가 죽었을 때 하는 "
            "신고입니다. 구의 전자신청으로 신고할 수 있습니다."
        ),
        "department": "hokenjo-seikatsu-eisei",
        "category": "animals",
        "life_events": ["moving_in", "moving_within", "moving_out"],
        "eligibility": "犬の所有者",
        "identity_level": "email",
        "documents": ["犬の登録番号（鑑札の番号）", "変更の内容（新しい住所・新しい所有者など）"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 3,
        "legal_basis": "狂犬病予防法第4条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": (
            "みなと保健所生活衛生課・各総合支所区民課保健福祉係・"
            "台場分室（マイクロチップ情報を登録済みの犬は環境省データベースで変更）"
        ),
        "keywords": [
            "犬の死亡届",
            "犬の住所変更",
            "犬を譲る",
            "ペットの死亡",
            "ペット",
            "いぬ",
            "犬",
        ],
        "deadline_rule": "変更・死亡の日から30日以内",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kyokenbyo-chushazumihyo",
        "name": "狂犬病予防注射済票の交付",
        "name_en": "Issuance of a rabies vaccination tag",
        "name_zh_hans": "交付狂犬病预防注射完毕标牌",
        "name_ko": "광견병 예방주사 접종필표 교부",
        "summary": (
            "飼い犬に毎年1回（4月〜6月）狂犬病予防注射を受けさせ、"
            "注射済票の交付を受ける手続きです。区内の協力動物病院や4月の集合注射会場では、"
            "注射と同時に交付を受けられます。"
        ),
        "summary_en": (
            "Have your dog vaccinated against rabies once a year (April to June) and obtain the "
            "vaccination tag. At participating veterinary clinics in Minato and at the April "
            "group vaccination sites, the tag is issued together with the injection."
        ),
        "summary_zh_hans": (
            "每年让饲养的犬只接受一次狂犬病预防注射（4月至6月），并领取注射完毕标牌的手续。"
            "在区内合作动物医院或4月集体注射会场，可在注射的同时领取标牌。"
        ),
        "summary_ko": (
            "기르는 개에게 매년 1회(4월~6월) 광견병 예방주사를 맞히고 접종필표를 교부받는 "
            "절차입니다. 구내 협력 동물병원이나 4월 집합 접종 회장에서는 접종과 동시에 교부받을 "
            "수 있습니다."
        ),
        "department": "hokenjo-seikatsu-eisei",
        "category": "animals",
        "life_events": [],
        "eligibility": "登録済みの犬の所有者",
        "identity_level": "identity",
        "documents": [
            "狂犬病予防注射済証（動物病院が発行）",
            "区から郵送される注射済票交付申請書",
        ],
        "fee": {
            "kind": "fixed",
            "amount_yen": 550,
            "note": "1頭550円（注射の料金は別）。",
        },
        "processing_days": 0,
        "legal_basis": "狂犬病予防法第5条",
        "online": False,
        "offline_reason": "original_documents",
        "offline_reason_text": (
            "動物病院が発行した狂犬病予防注射済証を確認して注射済票を交付するため、"
            "窓口または協力動物病院での手続きとなります。"
        ),
        "where_instead": (
            "みなと保健所生活衛生課・各総合支所区民課保健福祉係・台場分室・区内の協力動物病院"
        ),
        "keywords": [
            "狂犬病",
            "きょうけんびょう",
            "注射済票",
            "予防注射",
            "犬",
            "いぬ",
            "集合注射",
            "ワクチン",
        ],
        "deadline_rule": "毎年1回、4月1日から6月30日までに注射を受けさせること",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "neko-funin-josei",
        "name": "飼い主のいない猫の不妊・去勢手術費助成",
        "name_en": "Subsidy for spaying and neutering community cats without owners",
        "name_zh_hans": "无主猫绝育手术费补助",
        "name_ko": "주인 없는 고양이 중성화 수술비 지원",
        "summary": (
            "地域にすむ飼い主のいない猫が増えないよう、不妊・去勢手術の費用の一部を助成します。"
            "手術の前に区への申請が必要です。"
        ),
        "summary_en": (
            "To stop community cats without owners from multiplying, the city subsidises part of "
            "the cost of spaying or neutering. You must apply to the city before the surgery."
        ),
        "summary_zh_hans": "为防止社区内无主猫增加，区补助部分绝育手术费用。须在手术前向区申请。",
        "summary_ko": (
            "지역에 사는 주인 없는 고양이가 늘어나지 않도록 중성화 수술 비용의 일부를 지원합니다. "
            "수술 전에 구에 신청해야 합니다."
        ),
        "department": "hokenjo-seikatsu-eisei",
        "category": "animals",
        "life_events": [],
        "eligibility": "区内で飼い主のいない猫の世話や管理をしている区民・地域の団体",
        "identity_level": "email",
        "documents": [
            "助成申請書",
            "猫の写真と生息場所の地図",
            "手術後は動物病院の領収書と手術証明書",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "申請の手数料はかかりません（助成には上限があります。金額は未確認）。",
        },
        "processing_days": 10,
        "legal_basis": "区の要綱に基づく助成（動物の愛護及び管理に関する法律の趣旨による）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "みなと保健所生活衛生課",
        "keywords": ["野良猫", "のらねこ", "地域猫", "不妊手術", "去勢手術", "猫", "ねこ", "助成"],
        "deadline_rule": "手術を受ける前に申請すること",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "shisetsu-yoyaku",
        "name": "区民センターなどの施設の利用申込み（施設予約システム）",
        "name_en": (
            "Booking community centres and other ward facilities (facility reservation system)"
        ),
        "name_zh_hans": "申请使用区民中心等设施（设施预约系统）",
        "name_ko": "구민센터 등 시설 이용 신청(시설 예약 시스템)",
        "summary": (
            "区民センターやいきいきプラザなどの集会室・ホールを、"
            "施設予約システムで抽選申込みや空き予約できます。利用には事前の利用者登録が必要です。"
        ),
        "summary_en": (
            "Book meeting rooms and halls at ward community centres, Ikiiki Plazas and other "
            "facilities through the facility reservation system, by lottery or by booking vacant "
            "slots. Prior user registration is required."
        ),
        "summary_zh_hans": (
            "可通过设施预约系统对区民中心、活力广场（いきいきプラザ）"
            "等的会议室和礼堂进行抽签申请或空余预约。使用前需进行用户登记。"
        ),
        "summary_ko": (
            "구민센터나 이키이키플라자 등의 집회실·홀을 시설 예약 시스템으로 추첨 신청하거나 빈 "
            "시간대를 예약할 수 있습니다. 이용하려면 사전 이용자 등록이 필요합니다."
        ),
        "department": "shiba-kyodo",
        "category": "community",
        "life_events": [],
        "eligibility": (
            "施設ごとの要件を満たし、利用者登録をした個人・"
            "団体（区民や区内の団体は優先的な抽選や使用料の区分があります）"
        ),
        "identity_level": "email",
        "documents": [
            "利用者登録（初回のみ。本人確認書類や団体の名簿が必要）",
            "使用料（利用日までに支払い）",
        ],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": "施設・部屋・時間帯により使用料が異なります。",
        },
        "processing_days": 0,
        "legal_basis": "港区立区民センター条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各区民センターの窓口、施設に設置された利用者用端末",
        "keywords": [
            "区民センター",
            "くみんせんたー",
            "施設予約",
            "会議室",
            "集会室",
            "ホール",
            "いきいきプラザ",
            "抽選",
        ],
        "deadline_rule": (
            "抽選申込みは施設ごとに定める期間内（予約システムの受付は午前5時〜午前0時）"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "sports-shisetsu-chusen",
        "name": "スポーツ施設の抽選申込み",
        "name_en": "Lottery application for sports facilities",
        "name_zh_hans": "体育设施抽签申请",
        "name_ko": "스포츠 시설 추첨 신청",
        "summary": (
            "港区スポーツセンターや区立運動場などを団体で貸し切って使うための抽選申込みです。"
            "事前に団体登録が必要で、抽選後の空き枠は先着順で予約できます（日程はデモ用の例です）"
            "。"
        ),
        "summary_en": (
            "Lottery applications to book Minato City Sports Center, ward sports grounds and "
            "similar facilities for exclusive group use. Groups must register in advance; slots "
            "left after the lottery can be booked first-come, first-served (dates are a demo "
            "example)."
        ),
        "summary_zh_hans": (
            "以团体形式包场使用港区体育中心、区立运动场等的抽签申请。需事先进行团体登记，"
            "抽签后剩余的时段可按先到先得预约（日程为演示用示例）。"
        ),
        "summary_ko": (
            "미나토구 스포츠센터나 구립 운동장 등을 단체로 대관하기 위한 추첨 신청입니다. 사전에 "
            "단체 등록이 필요하며, 추첨 후 남은 시간대는 선착순으로 예약할 수 있습니다(일정은 "
            "데모용 예시입니다)."
        ),
        "department": "kyoiku-shogai-gakushu",
        "category": "community",
        "life_events": [],
        "eligibility": (
            "港区スポーツ施設の利用者登録をした在住・在勤・"
            "在学の団体など（構成員10人以上などの要件があります）"
        ),
        "identity_level": "email",
        "documents": [
            "団体登録（構成員の住所・在勤・在学を確認できる書類）",
            "使用料（当選後に支払い）",
        ],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "施設・区分により異なります（例：港区スポーツセンターのアリーナ全面は1枠17,400円）"
                "。"
            ),
        },
        "processing_days": 5,
        "legal_basis": "港区スポーツセンター条例、港区スポーツ施設等に関する登録・予約要綱",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "港区スポーツセンター（みなとパーク芝浦）の窓口、施設の利用者用端末",
        "keywords": [
            "スポーツセンター",
            "すぽーつせんたー",
            "体育館",
            "運動場",
            "抽選",
            "施設予約",
            "アリーナ",
            "テニスコート",
            "団体登録",
        ],
        "deadline_rule": "利用月ごとの抽選申込み期間内（施設により異なります）",
        "window": {
            "opens": "2026-12-01T05:00:00+09:00",
            "closes": "2026-12-10T23:59:00+09:00",
            "capacity": None,
            "mode": "lottery",
        },
        "retention_years": 5,
    },
    {
        "code": "toshokan-toroku",
        "name": "図書館の利用登録",
        "name_en": "Library card registration",
        "name_zh_hans": "图书馆用户登记",
        "name_ko": "도서관 이용 등록",
        "summary": (
            "港区立図書館で本を借りるための利用カードを作る手続きです。区内に住んでいる方のほか、"
            "区内に通勤・通学している方なども登録できます。"
        ),
        "summary_en": (
            "Get a library card to borrow books from Minato City Libraries. Residents, as well as "
            "people who work or study in Minato and others, can register."
        ),
        "summary_zh_hans": (
            "办理在港区立图书馆借书所需借阅卡的手续。除区内居民外，在区内上班、"
            "上学的人等也可以登记。"
        ),
        "summary_ko": (
            "미나토구립 도서관에서 책을 빌리기 위한 이용 카드를 만드는 절차입니다. 구내에 사는 분 "
            "외에 구내로 통근·통학하는 분 등도 등록할 수 있습니다."
        ),
        "department": "kyoiku-tosho-bunkazai",
        "category": "community",
        "life_events": ["moving_in"],
        "eligibility": "区内在住・在勤・在学の方など（区外在住の方も登録できる場合があります）",
        "identity_level": "identity",
        "documents": [
            "氏名・住所・生年月日を確認できる本人確認書類",
            "在勤・在学の方は社員証・学生証など",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "図書館法第17条、港区立図書館条例",
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "利用カードを交付するときに本人確認書類で住所などを確認するため、"
            "図書館のカウンターでの手続きとなります。"
        ),
        "where_instead": "各港区立図書館のカウンター",
        "keywords": [
            "図書館",
            "としょかん",
            "利用カード",
            "図書館カード",
            "本を借りる",
            "貸出",
            "利用登録",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "bosai-radio",
        "name": "防災ラジオの配付申込み",
        "name_en": "Application for a disaster-alert radio",
        "name_zh_hans": "申请配发防灾收音机",
        "name_ko": "방재 라디오 배부 신청",
        "summary": (
            "防災行政無線の放送を室内で聞ける「港区防災ラジオ」を、希望する世帯に配付します。"
            "1世帯1台までで、1台1,000円（住民税非課税世帯・生活保護受給世帯は無償）です。"
        ),
        "summary_en": (
            "The Minato City disaster radio, which lets you hear the city's outdoor emergency "
            "broadcasts indoors, is provided to households that apply: one per household at 1,000 "
            "yen (free for households exempt from inhabitant tax or receiving public assistance)."
        ),
        "summary_zh_hans": (
            "向有需要的家庭配发可在室内收听防灾行政无线广播的“港区防灾收音机”。每户限1台，每台1,"
            "000日元（住民税非课税家庭和领取生活保护的家庭免费）。"
        ),
        "summary_ko": (
            "방재행정무선 방송을 실내에서 들을 수 있는 '미나토구 방재 라디오'를 희망하는 세대에 "
            "배부합니다. 1세대 1대까지이며, 1대 1,000엔(주민세 비과세 세대·생활보호 수급 세대는 "
            "무상)입니다."
        ),
        "department": "bosai-bosaika",
        "category": "safety",
        "life_events": ["moving_in"],
        "eligibility": (
            "すべての区民（1世帯1台まで）、区内の福祉施設・学校などを管理運営する団体、町会・"
            "自治会、マンション管理組合"
        ),
        "identity_level": "email",
        "documents": [
            "申込書（氏名・住所・連絡先）",
            "非課税世帯・生活保護受給世帯の場合は確認できる書類",
        ],
        "fee": {
            "kind": "fixed",
            "amount_yen": 1000,
            "note": "1台1,000円。住民税非課税世帯・生活保護受給世帯は無償。",
        },
        "processing_days": 10,
        "legal_basis": "区の事業（災害対策基本法、港区地域防災計画に基づく防災対策）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "防災課（区役所）",
        "keywords": [
            "防災ラジオ",
            "ぼうさいらじお",
            "防災無線",
            "防災行政無線",
            "災害",
            "ラジオ",
            "地震",
            "避難情報",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kagu-tento-boshi",
        "name": "家具転倒防止器具等の支給申請",
        "name_en": "Application for free furniture anti-tip devices",
        "name_zh_hans": "申请发放家具防倾倒器具",
        "name_ko": "가구 전도 방지 기구 지급 신청",
        "summary": (
            "地震のときに家具の転倒や食器の飛び出しでけがをしないよう、"
            "家具転倒防止器具などを区内の世帯に無償で支給します。申請は1世帯1回で、"
            "取付けが難しい高齢者世帯などには取付けの支援もあります。"
        ),
        "summary_en": (
            "To prevent injuries from toppling furniture or flying dishes in an earthquake, the "
            "city provides anti-tip devices and similar items free of charge to households in "
            "Minato. One application per household; installation help is available for elderly "
            "and other households who find it difficult."
        ),
        "summary_zh_hans": (
            "为防止地震时家具倾倒或餐具飞出造成伤害，区向区内家庭免费发放家具防倾倒器具等。"
            "每户限申请一次，对难以自行安装的老年人家庭等还提供安装支援。"
        ),
        "summary_ko": (
            "지진 때 가구가 넘어지거나 식기가 튀어나와 다치지 않도록 가구 전도 방지 기구 등을 "
            "구내 세대에 무상으로 지급합니다. 신청은 1세대 1회이며, 설치가 어려운 고령자 세대 "
            "등에는 설치 지원도 있습니다."
        ),
        "department": "bosai-bosaika",
        "category": "safety",
        "life_events": ["moving_in"],
        "eligibility": "区内に居住し住民登録をしている世帯（1世帯1回）",
        "identity_level": "email",
        "documents": ["申請書（世帯人数に応じたポイントの範囲で希望する器具を選択）"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "無償（世帯人数に応じて200〜250ポイント分の器具を選べます）。",
        },
        "processing_days": 20,
        "legal_basis": "区の事業（災害対策基本法、港区地域防災計画に基づく防災対策）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "防災課（区役所）",
        "keywords": [
            "家具転倒防止",
            "かぐてんとうぼうし",
            "転倒防止",
            "突っ張り棒",
            "地震対策",
            "家具固定",
            "防災グッズ",
            "耐震",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "bosai-koza",
        "name": "区民向け防災講座の参加申込み",
        "name_en": "Registration for a disaster-preparedness workshop for residents",
        "name_zh_hans": "报名参加面向区民的防灾讲座",
        "name_ko": "구민 대상 방재 강좌 참가 신청",
        "summary": (
            "家庭でできる地震・水害への備えを学ぶ区民向けの講座の参加申込みです。"
            "定員になり次第締め切る先着順です（日程・定員はデモ用の例です）。"
        ),
        "summary_en": (
            "Sign up for a workshop for residents on preparing your home for earthquakes and "
            "floods. Places are first-come, first-served until full (dates and capacity are a "
            "demo example)."
        ),
        "summary_zh_hans": (
            "报名参加面向区民、学习家庭可实施的地震和水灾防范措施的讲座。按先到先得原则，"
            "额满即止（日程和名额为演示用示例）。"
        ),
        "summary_ko": (
            "가정에서 할 수 있는 지진·수해 대비를 배우는 구민 대상 강좌의 참가 신청입니다. 정원이 "
            "차는 대로 마감하는 선착순입니다(일정·정원은 데모용 예시입니다)."
        ),
        "department": "bosai-bosaika",
        "category": "safety",
        "life_events": [],
        "eligibility": "区内在住・在勤・在学の方",
        "identity_level": "email",
        "documents": ["参加申込み（氏名・連絡先）"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "参加費はかかりません。",
        },
        "processing_days": 0,
        "legal_basis": "区の啓発事業（災害対策基本法、港区地域防災計画）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "防災課（区役所）・電話",
        "keywords": [
            "防災講座",
            "ぼうさいこうざ",
            "防災",
            "講座",
            "イベント",
            "地震",
            "水害",
            "備蓄",
        ],
        "deadline_rule": "",
        "window": {
            "opens": "2027-01-06T09:00:00+09:00",
            "closes": "2027-01-29T17:00:00+09:00",
            "capacity": 40,
            "mode": "first_come",
        },
        "retention_years": 5,
    },
    {
        "code": "doro-senyo",
        "name": "道路占用許可申請",
        "name_en": "Application for a road occupancy permit",
        "name_zh_hans": "道路占用许可申请",
        "name_ko": "도로 점용 허가 신청",
        "summary": (
            "区道に看板・日よけ・足場などを設置したり、工事のために道路を使ったりするときに必要な"
            "許可の申請です。事前相談のうえ図面などを添えて申請し、占用料がかかります。"
        ),
        "summary_en": (
            "A permit is required to place signs, awnings, scaffolding or similar on a ward road, "
            "or to use the road for construction. After a prior consultation, apply with drawings;"
            " an occupancy fee is charged."
        ),
        "summary_zh_hans": (
            "在区道上设置招牌、遮阳篷、脚手架等，或因施工使用道路时所需许可的申请。须事先咨询，"
            "并附图纸等提出申请，需缴纳占用费。"
        ),
        "summary_ko": (
            "구도에 간판·차양·비계 등을 설치하거나 공사를 위해 도로를 사용할 때 필요한 허가 "
            "신청입니다. 사전 상담 후 도면 등을 첨부하여 신청하며, 점용료가 부과됩니다."
        ),
        "department": "shiba-machizukuri",
        "category": "housing_roads",
        "life_events": [],
        "eligibility": "道路を占用しようとする個人・法人（代理人も可）",
        "identity_level": "identity",
        "documents": [
            "道路占用許可申請書",
            "位置図・平面図・断面図などの図面",
            "現況写真",
            "工事の場合は工程表",
            "代理人の場合は委任状",
        ],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "申請の手数料はかかりませんが、占用物件・面積・"
                "期間に応じて占用料がかかります（区の道路占用料の条例による）。"
            ),
        },
        "processing_days": 10,
        "legal_basis": "道路法第32条・第39条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各総合支所まちづくり課",
        "keywords": [
            "道路占用",
            "どうろせんよう",
            "道路使用",
            "看板",
            "足場",
            "工事",
            "占用料",
            "日よけ",
        ],
        "deadline_rule": "占用を始める前に許可を受けること（工事などは余裕をもって事前相談）",
        "window": None,
        "retention_years": 10,
    },
    {
        "code": "kenchiku-daicho-shomei",
        "name": "建築確認台帳記載事項証明書の交付",
        "name_en": "Issuance of a certificate of entries in the building confirmation register",
        "name_zh_hans": "交付建筑确认台账记载事项证明书",
        "name_ko": "건축확인대장 기재사항 증명서 교부",
        "summary": (
            "建物が建築確認や完了検査を受けたことを、区の台帳にもとづいて証明する書類です。"
            "住宅ローンや売買、増改築の際に求められます。"
        ),
        "summary_en": (
            "A certificate, based on the city's register, that a building received building "
            "confirmation and a completion inspection. It is often requested for mortgages, sales "
            "and extensions."
        ),
        "summary_zh_hans": (
            "根据区的台账证明建筑物已接受建筑确认及竣工检查的文件。在办理住房贷款、买卖、"
            "增建改建时可能需要。"
        ),
        "summary_ko": (
            "건물이 건축확인과 완료검사를 받았음을 구의 대장에 근거하여 증명하는 서류입니다. "
            "주택담보대출이나 매매, 증개축 시 요구됩니다."
        ),
        "department": "machizukuri-kenchiku",
        "category": "housing_roads",
        "life_events": [],
        "eligibility": "どなたでも請求できます（建物の所在地・建築主名などの情報が必要）",
        "identity_level": "email",
        "documents": ["請求書（建物の地名地番・建築主・確認年月日などを記入）", "本人確認書類"],
        "fee": {
            "kind": "per_copy",
            "amount_yen": 400,
            "note": "1通400円としています（23区で多い額。港区の額は未確認）。",
        },
        "processing_days": 3,
        "legal_basis": "建築基準法第93条の2、港区事務手数料条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "建築課（区役所）",
        "keywords": [
            "建築確認",
            "けんちくかくにん",
            "台帳記載事項証明",
            "検査済証",
            "完了検査",
            "建築計画概要書",
            "建物",
            "住宅ローン",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kuei-jutaku-boshu",
        "name": "区営住宅の入居者募集への申込み",
        "name_en": "Application for ward-run public housing",
        "name_zh_hans": "申请入住区营住宅",
        "name_ko": "구영주택 입주자 모집 신청",
        "summary": (
            "住宅に困っている所得の低い世帯向けの区営住宅の入居者募集への申込みです。"
            "応募が多い場合は抽選で入居候補者を決めます（戸数・日程はデモ用の例です）。"
        ),
        "summary_en": (
            "Apply for ward-run rental housing for lower-income households in housing need. If "
            "oversubscribed, candidates are chosen by lottery (number of units and dates are a "
            "demo example)."
        ),
        "summary_zh_hans": (
            "面向住房困难的低收入家庭的区营住宅入住者募集申请。"
            "申请人数较多时通过抽签确定入住候选人（户数和日程为演示用示例）。"
        ),
        "summary_ko": (
            "주택 문제로 어려움을 겪는 저소득 세대를 위한 구영주택 입주자 모집 신청입니다. 응모가 "
            "많을 경우 추첨으로 입주 후보자를 정합니다(호수·일정은 데모용 예시입니다)."
        ),
        "department": "machizukuri-jutaku",
        "category": "housing_roads",
        "life_events": ["moving_within"],
        "eligibility": (
            "区内に一定期間以上住んでいて、所得が基準以下で住宅に困っている世帯（募集ごとの要件が"
            "あります）"
        ),
        "identity_level": "identity",
        "documents": [
            "申込書（募集案内に同封）",
            "当選後の資格審査では住民票の写し・課税証明書など",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "申込みの手数料はかかりません。",
        },
        "processing_days": 40,
        "legal_basis": "公営住宅法第22条・第23条、港区営住宅条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "住宅課（区役所）、郵送",
        "keywords": [
            "区営住宅",
            "くえいじゅうたく",
            "公営住宅",
            "住宅募集",
            "抽選",
            "家賃",
            "住まい",
            "区立住宅",
        ],
        "deadline_rule": "募集期間内（募集ごとに告知します）",
        "window": {
            "opens": "2027-05-10T08:30:00+09:00",
            "closes": "2027-05-21T17:00:00+09:00",
            "capacity": 15,
            "mode": "lottery",
        },
        "retention_years": 5,
    },
    {
        "code": "jitensha-teiki",
        "name": "区立自転車駐車場の定期利用申込み",
        "name_en": "Application for a season pass at a ward bicycle parking facility",
        "name_zh_hans": "申请区立自行车停车场定期使用",
        "name_ko": "구립 자전거 주차장 정기 이용 신청",
        "summary": (
            "駅の近くにある区立自転車駐車場を定期利用するための申込みです。"
            "空きがある駐車場は先着順で受け付けます（定員・日程はデモ用の例です）。"
        ),
        "summary_en": (
            "Apply for a pass to use a ward bicycle parking facility near a station regularly. "
            "Facilities with space accept applications first-come, first-served (capacity and "
            "dates are a demo example)."
        ),
        "summary_zh_hans": (
            "申请定期使用车站附近的区立自行车停车场。有空位的停车场按先到先得原则受理（名额和日程"
            "为演示用示例）。"
        ),
        "summary_ko": (
            "역 근처에 있는 구립 자전거 주차장을 정기 이용하기 위한 신청입니다. 빈자리가 있는 "
            "주차장은 선착순으로 접수합니다(정원·일정은 데모용 예시입니다)."
        ),
        "department": "machizukuri-chiiki-kotsu",
        "category": "transport",
        "life_events": ["moving_in", "moving_within"],
        "eligibility": "通勤・通学などで自転車駐車場を利用する方（防犯登録済みの自転車）",
        "identity_level": "email",
        "documents": ["申込書", "自転車の防犯登録番号", "学生料金の場合は学生証"],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "駐車場・区分（一般・学生）・期間により異なります。"
                "港区の金額は未確認のため記載していません。"
            ),
        },
        "processing_days": 3,
        "legal_basis": (
            "自転車の安全利用の促進及び自転車等の駐車対策の総合的推進に関する法律第5条、"
            "港区自転車等の放置防止及び自転車等駐車場の整備に関する条例"
        ),
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各区立自転車駐車場の管理事務所",
        "keywords": [
            "駐輪場",
            "ちゅうりんじょう",
            "自転車駐車場",
            "定期利用",
            "自転車",
            "じてんしゃ",
            "月極",
            "駐輪",
        ],
        "deadline_rule": "",
        "window": {
            "opens": "2027-03-01T09:00:00+09:00",
            "closes": "2027-03-19T17:00:00+09:00",
            "capacity": 120,
            "mode": "first_come",
        },
        "retention_years": 5,
    },
    {
        "code": "hochi-jitensha-henkan",
        "name": "撤去された自転車等の返還",
        "name_en": "Recovering a bicycle or moped removed by the city",
        "name_zh_hans": "领回被撤走的自行车等",
        "name_ko": "철거된 자전거 등의 반환",
        "summary": (
            "駅周辺などに放置され区が撤去した自転車や原動機付自転車を、"
            "保管所で引き取る手続きです。鍵と本人確認書類を持って保管所へ行き、撤去・"
            "保管の手数料を支払います。"
        ),
        "summary_en": (
            "Collect from the storage yard a bicycle or moped that was left near a station or "
            "elsewhere and removed by the city. Bring the key and identification, and pay the "
            "removal and storage fee."
        ),
        "summary_zh_hans": (
            "到保管所领回因放置在车站周边等处而被区撤走的自行车或原动机自行车的手续。"
            "请携带钥匙和身份证明文件前往保管所，并缴纳撤除及保管手续费。"
        ),
        "summary_ko": (
            "역 주변 등에 방치되어 구가 철거한 자전거나 원동기장치자전거를 보관소에서 인수하는 "
            "절차입니다. 열쇠와 본인 확인 서류를 가지고 보관소에 가서 철거·보관 수수료를 냅니다."
        ),
        "department": "machizukuri-chiiki-kotsu",
        "category": "transport",
        "life_events": [],
        "eligibility": "自転車等の所有者または利用者",
        "identity_level": "identity",
        "documents": [
            "自転車等の鍵",
            "本人確認書類（住所・氏名が確認できるもの）",
            "撤去・保管手数料",
        ],
        "fee": {
            "kind": "fixed",
            "amount_yen": 3000,
            "note": (
                "自転車1台3,000円としています（23区で多い額。"
                "港区の額と原動機付自転車の額は未確認）。撤去前に盗難届を出していた場合は免除され"
                "ることがあります。"
            ),
        },
        "processing_days": 0,
        "legal_basis": (
            "自転車の安全利用の促進及び自転車等の駐車対策の総合的推進に関する法律第6条、"
            "港区自転車等の放置防止及び自転車等駐車場の整備に関する条例"
        ),
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "保管所で鍵による所有の確認と本人確認を行い、その場で引き渡すため、"
            "オンラインでは手続きできません。"
        ),
        "where_instead": "区の自転車保管所（撤去した地区ごとに異なります）",
        "keywords": [
            "放置自転車",
            "ほうちじてんしゃ",
            "撤去",
            "自転車の撤去",
            "保管所",
            "返還",
            "自転車を取りに",
            "原付",
        ],
        "deadline_rule": (
            "保管期間内に引き取ること（期間を過ぎると法律・条例に基づき処分されます）"
        ),
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "yushi-assen",
        "name": "中小企業融資あっせんの申込み",
        "name_en": "Application for the SME loan referral programme (yūshi assen)",
        "name_zh_hans": "申请中小企业融资斡旋",
        "name_ko": "중소기업 융자 알선 신청",
        "summary": (
            "区内の中小企業が事業資金を借りるとき、区が契約している金融機関に融資をあっせんし、"
            "利子の一部を負担する制度です。相談は予約制で、商工相談員との面談が必要です。"
        ),
        "summary_en": (
            "When small and medium-sized businesses in Minato borrow for their business, the city "
            "refers them to partner financial institutions and pays part of the interest. "
            "Consultations are by appointment and include an interview with a business advisor."
        ),
        "summary_zh_hans": (
            "区内中小企业借入事业资金时，由区向签约金融机构斡旋融资并负担部分利息的制度。"
            "咨询采用预约制，须与工商咨询员面谈。"
        ),
        "summary_ko": (
            "구내 중소기업이 사업 자금을 빌릴 때 구가 계약한 금융기관에 융자를 알선하고 이자의 "
            "일부를 부담하는 제도입니다. 상담은 예약제이며 상공 상담원과의 면담이 필요합니다."
        ),
        "department": "sangyo-sangyo-shinko",
        "category": "business",
        "life_events": [],
        "eligibility": (
            "区内で事業を営む中小企業者・小規模企業者（東京信用保証協会の保証対象業種であることな"
            "どの要件があります）"
        ),
        "identity_level": "identity",
        "documents": [
            "港区中小企業融資あっせん申込書",
            "同意書",
            "決算書または確定申告書",
            "履歴事項全部証明書または個人事業の開業届の写し",
            "納税証明書",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "あっせんの手数料はかかりません（信用保証料と利子の本人負担分は別）。",
        },
        "processing_days": 5,
        "legal_basis": "区の要綱に基づく制度（港区中小企業融資あっせん制度）",
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "申込者本人の意思確認と経営指導を含む融資相談として、"
            "商工相談員との予約制の面談が必要で、金融機関などによる代行申込みも認めていないため、"
            "オンラインでは申し込めません。"
        ),
        "where_instead": "産業振興課（予約制の融資相談）",
        "keywords": [
            "融資",
            "ゆうし",
            "融資あっせん",
            "借入れ",
            "資金繰り",
            "利子補給",
            "創業支援",
            "中小企業",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "okugai-kokokubutsu",
        "name": "屋外広告物の許可申請",
        "name_en": "Application for an outdoor advertising permit",
        "name_zh_hans": "户外广告物许可申请",
        "name_ko": "옥외광고물 허가 신청",
        "summary": (
            "建物の壁面や屋上、敷地内に一定の大きさ以上の看板や広告塔などを出すときに必要な許可の"
            "申請です。許可期間は最長2年で、続けるときは更新の申請が必要です。"
        ),
        "summary_en": (
            "A permit is required to display signs, billboards or advertising towers above a "
            "certain size on building walls, rooftops or premises. Permits last up to 2 years and "
            "must be renewed to continue."
        ),
        "summary_zh_hans": (
            "在建筑物墙面、屋顶或用地内设置一定尺寸以上的招牌、广告塔等时所需许可的申请。"
            "许可期限最长2年，继续设置时须申请更新。"
        ),
        "summary_ko": (
            "건물 벽면이나 옥상, 부지 안에 일정 크기 이상의 간판이나 광고탑 등을 설치할 때 필요한 "
            "허가 신청입니다. 허가 기간은 최장 2년이며, 계속하려면 갱신 신청이 필요합니다."
        ),
        "department": "shiba-machizukuri",
        "category": "business",
        "life_events": [],
        "eligibility": "広告物を表示・設置する方（広告主・管理者。代理人も可）",
        "identity_level": "email",
        "documents": [
            "屋外広告物許可申請書",
            "位置図・配置図・立面図（寸法入り）",
            "カラー写真またはデザイン図",
            "更新の場合は安全点検の報告書",
        ],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": "広告物の種類と表示面積に応じた許可手数料がかかります。",
        },
        "processing_days": 10,
        "legal_basis": "屋外広告物法第4条、東京都屋外広告物条例",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各総合支所まちづくり課",
        "keywords": [
            "屋外広告物",
            "おくがいこうこくぶつ",
            "看板",
            "かんばん",
            "広告",
            "袖看板",
            "屋上広告",
            "許可",
        ],
        "deadline_rule": "表示する前に許可を受けること。更新は許可期間の満了前に申請",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "shokuhin-eigyo-kyoka",
        "name": "食品営業許可の申請",
        "name_en": "Application for a food business permit",
        "name_zh_hans": "食品营业许可申请",
        "name_ko": "식품영업 허가 신청",
        "summary": (
            "飲食店や菓子製造業など、食品衛生法で許可が必要な営業を始めるときの申請です。"
            "施設の基準を確認する検査の後に許可が出るため、工事の前に相談してください。"
            "国の食品衛生申請等システムからも申請できます。"
        ),
        "summary_en": (
            "Apply when starting a business that needs a permit under the Food Sanitation Act, "
            "such as a restaurant or confectionery maker. The permit is granted after an "
            "inspection of the premises, so consult before construction. You can also apply "
            "through the national food sanitation online application system."
        ),
        "summary_zh_hans": (
            "开办饮食店、糕点制造业等食品卫生法规定须取得许可的营业时的申请。"
            "需在接受确认设施标准的检查后才颁发许可，请在施工前咨询。"
            "也可通过国家的食品卫生申请等系统申请。"
        ),
        "summary_ko": (
            "음식점이나 과자 제조업 등 식품위생법상 허가가 필요한 영업을 시작할 때 하는 "
            "신청입니다. 시설 기준을 확인하는 검사 후에 허가가 나오므로 공사 전에 상담해 "
            "주십시오. 국가의 식품위생 신청 등 시스템으로도 신청할 수 있습니다."
        ),
        "department": "hokenjo-seikatsu-eisei",
        "category": "business",
        "life_events": [],
        "eligibility": "営業者（個人・法人）",
        "identity_level": "email",
        "documents": [
            "営業許可申請書",
            "施設の平面図（設備の配置がわかるもの）",
            "食品衛生責任者の資格を証明するもの",
            "法人の場合は登記事項証明書",
            "水道水以外の水を使う場合は水質検査の成績書",
        ],
        "fee": {
            "kind": "variable",
            "amount_yen": None,
            "note": (
                "業種により異なります（例：飲食店営業の新規は18,300円とする区が多いが、"
                "港区の額は未確認）。"
            ),
        },
        "processing_days": 10,
        "legal_basis": "食品衛生法第55条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "みなと保健所生活衛生課",
        "keywords": [
            "営業許可",
            "えいぎょうきょか",
            "飲食店",
            "食品衛生",
            "開業",
            "カフェ",
            "保健所",
            "食品衛生責任者",
        ],
        "deadline_rule": (
            "営業を始める前に許可を受けること（施設が完成する10日ほど前までの申請が目安）"
        ),
        "window": None,
        "retention_years": 10,
    },
    {
        "code": "joho-kokai-seikyu",
        "name": "区政情報の公開請求",
        "name_en": "Request for disclosure of city information (freedom of information)",
        "name_zh_hans": "区政信息公开请求",
        "name_ko": "구정 정보 공개 청구",
        "summary": (
            "区が職務上作成・取得した文書などの公開を求める手続きです。"
            "住所や国籍を問わずどなたでも請求でき、請求の翌日から原則14日以内に公開するかどうかを"
            "決定します。"
        ),
        "summary_en": (
            "Request disclosure of documents and other records the city has created or obtained "
            "in its work. Anyone may request, regardless of address or nationality, and a "
            "decision is normally made within 14 days from the day after the request."
        ),
        "summary_zh_hans": (
            "请求公开区在履行职务中制作或取得的文件等的手续。无论住址和国籍，任何人都可以请求，"
            "原则上在请求次日起14天内决定是否公开。"
        ),
        "summary_ko": (
            "구가 직무상 작성·취득한 문서 등의 공개를 요구하는 절차입니다. 주소나 국적과 관계없이 "
            "누구나 청구할 수 있으며, 청구 다음 날부터 원칙적으로 14일 이내에 공개 여부를 "
            "결정합니다."
        ),
        "department": "somu-somuka",
        "category": "information",
        "life_events": [],
        "eligibility": "どなたでも（個人・法人、住所・国籍を問いません）",
        "identity_level": "email",
        "documents": ["区政情報公開請求書（氏名・住所・知りたい区政情報の内容・公開の方法）"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "請求と閲覧は無料。写しの交付はA3判まで片面1枚につき白黒10円、カラー50円。",
        },
        "processing_days": 10,
        "legal_basis": "港区情報公開条例第6条・第7条",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "各総合支所管理課管理係（郵送・ファックスは総務部総務課）",
        "keywords": [
            "情報公開",
            "じょうほうこうかい",
            "公開請求",
            "開示請求",
            "行政文書",
            "公文書",
            "区政情報",
            "情報公開請求",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "jiko-joho-kaiji",
        "name": "保有個人情報（自己情報）の開示請求",
        "name_en": "Request for disclosure of your own personal information held by the city",
        "name_zh_hans": "请求公开区持有的本人个人信息",
        "name_ko": "구가 보유한 본인 개인정보 공개 청구",
        "summary": (
            "区が保有しているあなた自身の個人情報の開示を求める手続きです。"
            "内容に誤りがあれば訂正や利用停止も請求できます。本人確認のため、"
            "窓口または郵送で請求します。"
        ),
        "summary_en": (
            "Request disclosure of the personal information about you that the city holds. If it "
            "is wrong, you can also request correction or suspension of use. Because your "
            "identity must be verified, requests are made at the counter or by post."
        ),
        "summary_zh_hans": (
            "请求公开区所持有的您本人个人信息的手续。如内容有误，还可以请求更正或停止使用。"
            "由于需要确认本人身份，须到窗口或通过邮寄提出请求。"
        ),
        "summary_ko": (
            "구가 보유하고 있는 본인의 개인정보 공개를 요구하는 절차입니다. 내용에 오류가 있으면 "
            "정정이나 이용 정지도 청구할 수 있습니다. 본인 확인을 위해 창구 또는 우편으로 "
            "청구합니다."
        ),
        "department": "somu-somuka",
        "category": "information",
        "life_events": [],
        "eligibility": "本人、未成年者・成年被後見人の法定代理人、本人の委任による代理人",
        "identity_level": "identity",
        "documents": [
            "保有個人情報開示請求書",
            "顔写真付きの本人確認書類（ない場合は複数の書類）",
            "代理人の場合は代理権を証明する書類",
            "郵送の場合は本人確認書類の写しなど（所管課に確認）",
        ],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": (
                "開示請求の手数料は無料としています（港区の取扱いは未確認）。"
                "写しの交付には実費がかかります。"
            ),
        },
        "processing_days": 10,
        "legal_basis": (
            "個人情報の保護に関する法律第76条・第77条、港区個人情報の保護に関する法律施行条例"
        ),
        "online": False,
        "offline_reason": "identity_check_in_person",
        "offline_reason_text": (
            "本人以外に開示しないよう、請求の際に本人確認を行います。ファックス・"
            "電子メールでは請求できず、窓口または郵送（本人確認書類の写しなどを同封）"
            "で請求します。"
        ),
        "where_instead": (
            "個人情報を保有している所管課の窓口（所管課がわからないときは総務部総務課）"
        ),
        "keywords": [
            "個人情報",
            "こじんじょうほう",
            "自己情報",
            "開示請求",
            "本人開示",
            "訂正請求",
            "利用停止",
            "プライバシー",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
    {
        "code": "kumin-no-koe",
        "name": "区民の声（区政へのご意見・ご要望）",
        "name_en": "Voice of Residents: comments and requests to the city",
        "name_zh_hans": "区民之声（对区政的意见与要求）",
        "name_ko": "구민의 소리(구정에 대한 의견·요망)",
        "summary": (
            "区政への意見・要望・提案を区に伝える窓口です。"
            "ホームページのフォームからいつでも送ることができ、"
            "回答を希望する場合は担当課から回答します。"
        ),
        "summary_en": (
            "A channel for sending the city your comments, requests and proposals. You can send "
            "them at any time through the website form; if you would like a reply, the "
            "responsible division will answer."
        ),
        "summary_zh_hans": (
            "向区传达对区政的意见、要求和建议的窗口。可随时通过网站表单发送，"
            "希望得到答复时由负责科室答复。"
        ),
        "summary_ko": (
            "구정에 대한 의견·요망·제안을 구에 전달하는 창구입니다. 홈페이지 양식으로 언제든지 "
            "보낼 수 있으며, 답변을 원하시면 담당 부서에서 답변합니다."
        ),
        "department": "kikaku-kuchoshitsu",
        "category": "information",
        "life_events": [],
        "eligibility": "どなたでも",
        "identity_level": "none",
        "documents": ["ご意見の内容（回答を希望する場合は氏名・連絡先）"],
        "fee": {
            "kind": "free",
            "amount_yen": None,
            "note": "手数料はかかりません。",
        },
        "processing_days": 10,
        "legal_basis": "区の広聴事業（法令に基づく手続きではありません）",
        "online": True,
        "offline_reason": "",
        "offline_reason_text": "",
        "where_instead": "区民の声センター（区役所）・各総合支所、電話・手紙・ファックス",
        "keywords": [
            "区民の声",
            "くみんのこえ",
            "意見",
            "要望",
            "苦情",
            "提案",
            "問い合わせ",
            "ご意見",
        ],
        "deadline_rule": "",
        "window": None,
        "retention_years": 5,
    },
]
