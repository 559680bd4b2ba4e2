"""Structure of policies 24–26 of the Minato City Master Plan (港区基本計画, FY2021–2026).

Pure data, no Django imports and no I/O. ``POLICIES`` encodes chapter IV of the plan
(「実現をめざして」), policies 24, 25 and 26: each policy (政策) with its measures (施策)
and each measure's main initiatives (主な取組, numbered ①②③… in the plan, stored here as
1, 2, 3…).

Source: the plan's own text, chapter IV — the 政策体系 tables and the pages of each
measure. Every Japanese ``title`` and ``summary`` is copied verbatim from it; policy and
measure titles also match ``policy_title`` and ``measure_title`` of the plan's indicator
table (成果指標). ``summary`` is the plan's 「政策のめざす方向性」 for the policy (for
policy 24, the first of its two paragraphs). The ``title_en`` strings are our translations,
not official ones.

Where the plan's two listings differ, the heading of the initiative's own page is used:

* policy 24, measure 3, initiative 1: the 政策体系 table reads
  「多様な媒体を活用した積極的な情報発信」, its page 「多様な媒体を活用した戦略的な情報発信」;
* policy 26, measure 4, initiative 2: the table reads 「コミュニティーぶらざの改修」 (a
  misprint of ぷらざ), its page 「コミュニティーぷらざの改修」.

Two initiatives are marked 計画事業 (planned projects) under a 重点課題 (priority issue) of
the plan: policy 24 measure 1 initiative 1 (重点課題 1) and policy 26 measure 4
initiative 2 (重点課題 6). The schema has no field for this; it is recorded here only.
"""

POLICIES: list[dict] = [
    {
        "number": 24,
        "title": "先端技術の活用により利便性の高い区民生活を実現する",
        "title_en": (
            "Realize a convenient life for residents through the use of advanced technology"
        ),
        "summary": (
            "ICTや多様な広報媒体を活用し、区民が来庁することなく、"
            "いつでもどこでも質の高い行政サービスや必要な情報を確実に受けられる"
            "区政をめざします。"
        ),
        "measures": [
            {
                "number": 1,
                "title": "いつでもどこでも行政サービスを楽しむ環境の実現",
                "title_en": (
                    "Creating an environment where residents can enjoy administrative "
                    "services anytime, anywhere"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": (
                            "ICTを活用した誰もがいつでもどこでも手続きができるサービスの実現"
                        ),
                        "title_en": (
                            "Services that let anyone complete procedures anytime, "
                            "anywhere using ICT"
                        ),
                    },
                    {
                        "number": 2,
                        "title": "キャッシュレス化の推進",
                        "title_en": "Promoting cashless payment",
                    },
                    {
                        "number": 3,
                        "title": "ICTを活用した手続案内と窓口の実現",
                        "title_en": "ICT-based guidance on procedures and service counters",
                    },
                ],
            },
            {
                "number": 2,
                "title": "便利な区民生活を実現する情報化の推進",
                "title_en": "Promoting digitalization for a convenient life for residents",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "区民サービス向上のための情報化の推進",
                        "title_en": "Promoting digitalization to improve services for residents",
                    },
                    {
                        "number": 2,
                        "title": "オープンデータの活用の推進",
                        "title_en": "Promoting the use of open data",
                    },
                    {
                        "number": 3,
                        "title": (
                            "利便性の高い区民生活を実現する"
                            "第5世代移動通信システム(5G)の通信基盤整備"
                        ),
                        "title_en": (
                            "Building fifth-generation mobile communications (5G) "
                            "infrastructure for a convenient life for residents"
                        ),
                    },
                    {
                        "number": 4,
                        "title": "誰からも信頼される情報化の推進",
                        "title_en": "Promoting digitalization that everyone can trust",
                    },
                ],
            },
            {
                "number": 3,
                "title": "多様な暮らしを支える区政情報の発信",
                "title_en": "Communicating city information that supports diverse ways of life",
                "initiatives": [
                    {
                        "number": 1,
                        # The 政策体系 table reads 「多様な媒体を活用した積極的な情報発信」.
                        "title": "多様な媒体を活用した戦略的な情報発信",
                        "title_en": "Strategic communication through diverse media",
                    },
                    {
                        "number": 2,
                        "title": "デジタルサイネージを活用した区政情報の発信",
                        "title_en": "Communicating city information through digital signage",
                    },
                    {
                        "number": 3,
                        "title": "報道機関への戦略的な情報提供",
                        "title_en": "Strategic provision of information to the news media",
                    },
                ],
            },
        ],
    },
    {
        "number": 25,
        "title": "平和や人権、多様な価値観を尊重しながら、透明性が高く開かれた区政運営を推進する",
        "title_en": (
            "Promote open and highly transparent city administration that respects peace, "
            "human rights and diverse values"
        ),
        "summary": (
            "平和や人権、多様な価値観の尊重を全ての施策の基本とし、"
            "区民の誰もが安全で、安心して心豊かに過ごせる地域共生社会の実現をめざします。"
            "行政のあらゆる分野で区民参画を促進するとともに、"
            "情報公開制度の適切な運営など"
            "区民から信頼される透明性が高く開かれた区政運営を推進します。"
        ),
        "measures": [
            {
                "number": 1,
                "title": "平和を尊重する文化を世界に発信",
                "title_en": "Sharing a culture that values peace with the world",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "国際理解・平和教育の充実",
                        "title_en": "Enhancing education for international understanding and peace",
                    },
                    {
                        "number": 2,
                        "title": "平和事業の充実",
                        "title_en": "Enhancing peace programs",
                    },
                    {
                        "number": 3,
                        "title": "区民参加による平和事業の推進",
                        "title_en": "Promoting peace programs with residents' participation",
                    },
                ],
            },
            {
                "number": 2,
                "title": "人権を尊重する社会の実現",
                "title_en": "Realizing a society that respects human rights",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "人権問題の解決",
                        "title_en": "Resolving human rights issues",
                    },
                    {
                        "number": 2,
                        "title": "相談体制の充実",
                        "title_en": "Strengthening consultation services",
                    },
                    {
                        "number": 3,
                        "title": "区民・企業に対する啓発活動の推進",
                        "title_en": "Promoting awareness-raising for residents and businesses",
                    },
                    {
                        "number": 4,
                        "title": "人権尊重社会の構築",
                        "title_en": "Building a society that respects human rights",
                    },
                ],
            },
            {
                "number": 3,
                "title": "性別等にとらわれず自分らしく生きる男女平等参画社会の実現",
                "title_en": (
                    "Realizing a gender-equal society in which everyone can live as themselves, "
                    "free from constraints of gender and other attributes"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": "審議会等委員の女性参画の推進",
                        "title_en": (
                            "Promoting the participation of women on councils and committees"
                        ),
                    },
                    {
                        "number": 2,
                        "title": "女性に対する暴力防止と啓発",
                        "title_en": "Preventing violence against women and raising awareness",
                    },
                    {
                        "number": 3,
                        "title": "男女平等の推進",
                        "title_en": "Promoting gender equality",
                    },
                    {
                        "number": 4,
                        "title": "男女平等参画センター(リーブラ)の充実",
                        "title_en": "Enhancing the Gender Equality Center (Libra)",
                    },
                ],
            },
            {
                "number": 4,
                "title": "ワーク・ライフ・バランス(仕事と生活の調和)の実現",
                "title_en": "Realizing work-life balance (harmony between work and private life)",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "ワーク・ライフ・バランスの促進",
                        "title_en": "Promoting work-life balance",
                    },
                    {
                        "number": 2,
                        "title": "男性の家庭・地域への参加のための支援",
                        "title_en": "Supporting men's participation in family and community life",
                    },
                ],
            },
            {
                "number": 5,
                "title": "区民意見の区政への反映",
                "title_en": "Reflecting residents' opinions in city administration",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "区民参画のための区政情報等の発信",
                        "title_en": (
                            "Communicating city information to encourage residents' participation"
                        ),
                    },
                    {
                        "number": 2,
                        "title": "区民の声を聴く広聴機能の拡充",
                        "title_en": "Expanding the means of hearing residents' voices",
                    },
                    {
                        "number": 3,
                        "title": "区民参画の充実",
                        "title_en": "Enhancing residents' participation",
                    },
                ],
            },
            {
                "number": 6,
                "title": "区民から信頼される透明性が高く開かれた区政の推進",
                "title_en": (
                    "Promoting open and highly transparent city administration trusted by residents"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": "オープンデータ化による情報公開の拡充",
                        "title_en": "Expanding information disclosure through open data",
                    },
                    {
                        "number": 2,
                        "title": "情報公開制度の適正な運用",
                        "title_en": "Proper operation of the information disclosure system",
                    },
                    {
                        "number": 3,
                        "title": "自己情報開示請求制度の適正な運用",
                        "title_en": (
                            "Proper operation of the system for requesting disclosure of "
                            "one's own personal information"
                        ),
                    },
                    {
                        "number": 4,
                        "title": "個人情報及び特定個人情報の保護",
                        "title_en": (
                            "Protecting personal information and specific personal "
                            "information (My Number data)"
                        ),
                    },
                ],
            },
        ],
    },
    {
        "number": 26,
        "title": "行政資源を効果的・効率的に活用し、先駆的な施策を推進する",
        "title_en": (
            "Use administrative resources effectively and efficiently to advance pioneering "
            "policies"
        ),
        "summary": (
            "効果的・効率的な区政運営によって強固な経営基盤を堅持しつつ、"
            "職員の人材育成とICTの一層の活用により専門性と創造性を備えた職員の体制を実現し、"
            "新型コロナウイルス感染症の感染拡大に伴う新しい生活様式に適応した"
            "行政サービスを全国に先駆けて提供していきます。"
            "これまで築いてきた参画と協働の取組を一層深化させ、"
            "区民や企業、全国各地域との連携の力をはじめ、"
            "各世代、各分野の衆知を集めて先駆的な施策を展開し、区民サービスの向上を図ります。"
        ),
        "measures": [
            {
                "number": 1,
                "title": "効果的・効率的な行政経営の推進",
                "title_en": "Promoting effective and efficient administrative management",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "ICTを活用した効率的な区政運営の推進",
                        "title_en": "Promoting efficient city administration using ICT",
                    },
                    {
                        "number": 2,
                        "title": "政策形成機能の強化",
                        "title_en": "Strengthening policy-making capacity",
                    },
                    {
                        "number": 3,
                        "title": "行政評価制度の効果的な運用による区民サービスの向上",
                        "title_en": (
                            "Improving services for residents through effective use of the "
                            "administrative evaluation system"
                        ),
                    },
                ],
            },
            {
                "number": 2,
                "title": "基礎自治体として自主・自立した行財政運営の確立",
                "title_en": (
                    "Establishing autonomous, self-reliant administrative and fiscal management "
                    "as a basic local government"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": "基礎自治体としての自立的な施策の展開",
                        "title_en": "Pursuing self-reliant policies as a basic local government",
                    },
                    {
                        "number": 2,
                        "title": "地方財源の充実・確保の取組",
                        "title_en": "Efforts to strengthen and secure local revenue sources",
                    },
                    {
                        "number": 3,
                        "title": "都区の税財源配分適正化に向けた取組",
                        "title_en": (
                            "Efforts toward a fair allocation of tax revenue between the Tokyo "
                            "Metropolitan Government and the special wards"
                        ),
                    },
                    {
                        "number": 4,
                        "title": "戦略的な収入確保策の検討",
                        "title_en": "Considering strategic measures to secure revenue",
                    },
                ],
            },
            {
                "number": 3,
                "title": "未来を切り拓く人材の育成と誰もが活躍する執行体制の整備",
                "title_en": (
                    "Developing staff who open up the future and building an organization in "
                    "which everyone can play an active role"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": "自ら考え、挑戦する職員の育成",
                        "title_en": (
                            "Developing staff who think for themselves and take on challenges"
                        ),
                    },
                    {
                        "number": 2,
                        "title": "女性職員の活躍推進",
                        "title_en": "Promoting the advancement of female staff",
                    },
                    {
                        "number": 3,
                        "title": "障害がある職員の活躍推進",
                        "title_en": "Promoting the advancement of staff with disabilities",
                    },
                    {
                        "number": 4,
                        "title": "新しい働き方の確立",
                        "title_en": "Establishing new ways of working",
                    },
                    {
                        "number": 5,
                        "title": "職員定数の適正な管理と弾力的な職員配置",
                        "title_en": (
                            "Appropriate management of staff numbers and flexible staff deployment"
                        ),
                    },
                ],
            },
            {
                "number": 4,
                "title": "区有地・区有施設の総合的な管理運営の推進",
                "title_en": (
                    "Promoting comprehensive management and operation of city-owned land and "
                    "facilities"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": "長期的な視点で計画した維持管理に関する工事の実施",
                        "title_en": "Carrying out maintenance works planned from a long-term view",
                    },
                    {
                        "number": 2,
                        # The 政策体系 table misprints this as 「コミュニティーぶらざの改修」.
                        "title": "コミュニティーぷらざの改修",
                        "title_en": "Renovating the Community Plazas",
                    },
                    {
                        "number": 3,
                        "title": "区有施設の安全管理の推進",
                        "title_en": "Promoting safety management of city-owned facilities",
                    },
                    {
                        "number": 4,
                        "title": "区有地・区有施設等の有効活用",
                        "title_en": "Making effective use of city-owned land and facilities",
                    },
                ],
            },
            {
                "number": 5,
                "title": "民間の力を活用した施策の推進",
                "title_en": "Promoting policies that draw on the strengths of the private sector",
                "initiatives": [
                    {
                        "number": 1,
                        "title": "民間事業者の活用による施設サービスの向上",
                        "title_en": "Improving facility services by drawing on private operators",
                    },
                    {
                        "number": 2,
                        "title": "企業等と協働して行う取組の創出",
                        "title_en": (
                            "Creating initiatives in collaboration with companies and others"
                        ),
                    },
                    {
                        "number": 3,
                        "title": "官民連携によるSDGsの機運醸成",
                        "title_en": (
                            "Building momentum for the SDGs through public-private partnership"
                        ),
                    },
                ],
            },
            {
                "number": 6,
                "title": "全国各地域とともに成長・発展することによる共存・共栄の推進",
                "title_en": (
                    "Promoting coexistence and shared prosperity by growing and developing "
                    "together with regions across Japan"
                ),
                "initiatives": [
                    {
                        "number": 1,
                        "title": "全国各地域との交流の拡充",
                        "title_en": "Expanding exchange with regions across Japan",
                    },
                    {
                        "number": 2,
                        "title": "全国各地域との連携の力を活用した取組の推進",
                        "title_en": (
                            "Promoting initiatives that draw on partnerships with regions "
                            "across Japan"
                        ),
                    },
                    {
                        "number": 3,
                        "title": "全国連携に関する情報発信",
                        "title_en": "Communicating information on nationwide partnerships",
                    },
                    {
                        "number": 4,
                        "title": "民間との協働による全国連携の取組",
                        "title_en": (
                            "Nationwide partnership initiatives in collaboration with the "
                            "private sector"
                        ),
                    },
                ],
            },
        ],
    },
]
