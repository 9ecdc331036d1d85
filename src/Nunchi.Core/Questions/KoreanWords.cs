namespace Nunchi.Core.Questions;

/// <summary>The Korean words questions are built from: time words, question words, particles and endings.</summary>
/// <remarks>
/// Inflected forms are listed by their stem where the stem is unambiguous (높 covers 높은, 높았던, 높아), and in full
/// where it is not (적은, not 적). Words are matched without spaces, so <c>지난 주</c> and <c>지난주</c> are one entry.
/// </remarks>
internal static class KoreanWords
{
    public static void AddTo(Lexicon<Word> words)
    {
        Add(words, WordClass.Day, 0, "오늘", "금일");
        Add(words, WordClass.Day, -1, "어제", "어저께", "전일");
        Add(words, WordClass.Day, -2, "그저께", "그제", "엊그제");
        Add(words, WordClass.Day, 1, "내일", "익일");
        Add(words, WordClass.Day, 2, "모레");
        Add(words, WordClass.Night, -1, "어젯밤", "간밤", "지난밤", "어제밤");
        Add(words, WordClass.Night, 0, "오늘밤", "오늘 밤");
        Add(words, WordClass.DayPart, (int)PartOfDay.Dawn, "새벽");
        Add(words, WordClass.DayPart, (int)PartOfDay.Morning, "오전", "아침");
        Add(words, WordClass.DayPart, (int)PartOfDay.Afternoon, "오후");
        Add(words, WordClass.DayPart, (int)PartOfDay.Evening, "저녁");
        Add(words, WordClass.DayPart, (int)PartOfDay.Night, "밤", "야간");
        Add(words, WordClass.Period, (int)CalendarPeriod.ThisWeek, "이번 주", "금주", "이번주");
        Add(words, WordClass.Period, (int)CalendarPeriod.LastWeek, "지난 주", "지난주", "저번 주", "전주", "지난 주간");
        Add(words, WordClass.Period, (int)CalendarPeriod.NextWeek, "다음 주", "차주");
        Add(words, WordClass.Period, (int)CalendarPeriod.ThisMonth, "이번 달", "금월", "이달");
        Add(words, WordClass.Period, (int)CalendarPeriod.LastMonth, "지난 달", "지난달", "저번 달", "전월");
        Add(words, WordClass.Period, (int)CalendarPeriod.NextMonth, "다음 달", "다음달");
        Add(words, WordClass.Period, (int)CalendarPeriod.ThisYear, "올해", "금년", "이번 해");
        Add(words, WordClass.Period, (int)CalendarPeriod.LastYear, "작년", "지난해", "전년");
        Add(words, WordClass.Past, 0, "지난", "최근", "과거");
        Add(words, WordClass.Future, 0, "앞으로", "향후", "다음");
        Add(words, WordClass.Ago, 0, "전");
        Add(words, WordClass.Later, 0, "후", "뒤");
        Add(words, WordClass.From, 0, "부터", "에서부터", "이후", "이래");
        Add(words, WordClass.Until, 0, "까지", "~", "이전");
        Add(words, WordClass.Clock, 12 * 60, "정오");
        Add(words, WordClass.Clock, 0, "자정");
        Add(words, WordClass.Approximately, 0, "쯤", "경", "무렵", "즈음", "께", "약", "정도");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Day), "하루", "하룻동안");
        Add(words, WordClass.Duration, Word.Span(2, Counter.Day), "이틀");
        Add(words, WordClass.Duration, Word.Span(3, Counter.Day), "사흘");
        Add(words, WordClass.Duration, Word.Span(4, Counter.Day), "나흘");
        Add(words, WordClass.Duration, Word.Span(1, Counter.Week), "일주일", "한 주", "일주");
        Add(words, WordClass.Duration, Word.Span(30, Counter.Minute), "반 시간");
        Add(words, WordClass.During, 0, "동안", "간", "사이", "내내", "간의");
        AddWeekdays(words);

        Add(words, WordClass.Anomaly, 0,
            "이상", "이상한", "이상치", "이상 징후", "이상징후", "이상이", "특이", "특이사항", "특이점", "비정상", "문제", "경보", "알람",
            "경고", "고장", "장애", "에러", "오류", "예상보다", "평소보다", "평소와 다른", "평소랑 다른", "튀는", "이상 감지", "감지");
        Add(words, WordClass.Explain, 0,
            "왜", "원인", "이유", "무슨 일", "뭔 일", "무슨 문제", "어떻게 된", "어떻게 됐", "설명", "까닭", "때문", "무엇 때문",
            "뭐 때문", "뭐가 문제", "뭐가 잘못", "무슨 이유", "웬일");
        Add(words, WordClass.Forecast, 0, "예측", "예상", "전망", "예보", "될까", "될지", "될 것", "어떻게 될");
        Add(words, WordClass.Compare, 0, "비교", "대비", "차이", "견줘", "견주어", "비해");
        Add(words, WordClass.Show, 0,
            "보여", "보여줘", "보여 줘", "보여주세요", "보여줄래", "그려", "그래프", "차트", "추이", "알려", "알려줘", "조회", "확인", "목록",
            "리스트", "봐", "보자", "보고", "출력해", "나열");
        Add(words, WordClass.Data, 0, "데이터", "값", "수치", "센서", "측정값", "기록", "현황", "상태", "추세", "변화");
        Add(words, WordClass.Machine, 0, "기계", "설비", "장비", "머신", "기기", "장치");
        Add(words, WordClass.Machine, 1, "기계들", "설비들", "장비들");
        Add(words, WordClass.Which, 0, "어느", "어떤", "어디", "누가", "무슨 기계", "어떤 기계", "어느 기계");
        Add(words, WordClass.Rank, 0, "가장", "제일", "젤");
        Add(words, WordClass.Rank, 1, "높", "많", "큰", "컸", "최고", "최다", "최대로", "1등");
        Add(words, WordClass.Rank, -1, "낮", "적은", "적었", "적게", "작은", "작았", "최저", "최소로", "최하");
        Add(words, WordClass.Top, 0, "상위", "순위", "랭킹", "톱");
        Add(words, WordClass.Aggregate, (int)QuestionAggregation.Mean, "평균", "평균값", "평균치");
        Add(words, WordClass.Aggregate, (int)QuestionAggregation.Max, "최대", "최댓값", "최대값", "최대치", "최고치", "최고값", "피크");
        Add(words, WordClass.Aggregate, (int)QuestionAggregation.Min, "최소", "최솟값", "최소값", "최소치", "최저치", "최저값");
        Add(words, WordClass.Count, 0, "몇", "몇 번", "몇 건", "몇 개", "몇 회", "몇 차례", "몇번", "횟수", "건수", "개수", "얼마나 자주", "얼마나 많이");
        Add(words, WordClass.Movement, 1, "튀", "튄", "튀었", "급등", "급증", "올라", "오른", "올랐", "상승", "증가", "치솟", "뛰었", "높아");
        Add(words, WordClass.Movement, -1, "떨어", "떨어졌", "급락", "급감", "내려", "내려갔", "하락", "감소", "줄었", "낮아", "떨어지는");
        Add(words, WordClass.All, 0, "전체", "모든", "전부", "모두", "전 설비", "공장 전체");
        Add(words, WordClass.Line, 0, "라인", "생산 라인", "공정");
        Add(words, WordClass.Heat, 1, "뜨거", "뜨겁", "더웠", "더운", "과열");
        Add(words, WordClass.Heat, -1, "차가", "차갑", "추웠");
        Add(words, WordClass.Owner, 0, "의", "에서", "에서의", "에서는");

        // Particles, endings and fillers: known words that carry no meaning here.
        Add(words, WordClass.Stop, 0,
            "은", "는", "이", "가", "을", "를", "에", "에는", "에게", "한테", "으로", "로", "와", "과", "하고", "랑", "이랑", "도", "만",
            "다", "요", "좀", "줘", "주세요", "줄래", "해줘", "해 줘", "해주세요", "해", "해봐", "해 봐", "서", "게", "지", "나", "니", "냐", "까",
            "죠", "어", "었", "았", "었어", "있", "있어", "있었", "있었어", "있었던", "있나", "있니", "있나요", "있었나요", "없", "없어",
            "된", "되었", "됐", "했", "했어", "하는", "한", "할", "인", "였", "이었", "이야", "야", "예요", "이에요", "입니까", "인가",
            "인가요", "중", "중에", "때", "기간", "시점", "당시", "그", "저", "이거", "것", "거", "건", "게요", "는지",
            "얼마", "얼마였", "얼마야", "얼마였어", "어땠", "어때", "어떻게", "어땠어", "뭐", "무엇", "몇시", "대해", "대한", "관련",
            "공장", "우리", "현재", "지금", "혹시", "그리고", "및", "또", "좀요", "나요", "던", "았던", "었던", "감지된", "발생",
            "발생한", "생긴", "생겼", "났", "났어", "일어난", "있는", "없는", "해줄래", "알고", "싶어", "궁금");
    }

    private static void AddWeekdays(Lexicon<Word> words)
    {
        string[] names = ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"];
        for (int day = 0; day < names.Length; day++)
        {
            words.TryAdd(names[day], new Word(WordClass.Weekday, day));
        }
    }

    private static void Add(Lexicon<Word> words, WordClass wordClass, int value, params string[] texts)
    {
        foreach (string text in texts)
        {
            words.TryAdd(text, new Word(wordClass, value));
        }
    }
}
