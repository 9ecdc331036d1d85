using Nunchi.Core.Language;

namespace Nunchi.Core.Tests.Language;

public sealed class KoreanParticlesTests
{
    [Theory]
    // Hangul with and without a final consonant.
    [InlineData("온도", Particle.Subject, "가")]
    [InlineData("압력", Particle.Subject, "이")]
    [InlineData("프레스 3호기 진동", Particle.Subject, "이")]
    [InlineData("3호기", Particle.Subject, "가")]
    [InlineData("진동", Particle.Topic, "은")]
    [InlineData("센서", Particle.Topic, "는")]
    [InlineData("압력", Particle.DirectObject, "을")]
    [InlineData("온도", Particle.DirectObject, "를")]
    [InlineData("전류", Particle.And, "와")]
    [InlineData("전압", Particle.And, "과")]
    [InlineData("학생", Particle.Copula, "이에요")]
    [InlineData("의사", Particle.Copula, "예요")]
    [InlineData("빵", Particle.Or, "이나")]
    [InlineData("우유", Particle.Or, "나")]
    [InlineData("12건", Particle.PastCopula, "이었")]
    [InlineData("오후", Particle.PastCopula, "였")]
    [InlineData("서울", Particle.PastCopula, "이었")]
    // ㄹ takes 로 but is still a consonant for every other particle; compound ㄺ takes 으로.
    [InlineData("서울", Particle.Direction, "로")]
    [InlineData("서울", Particle.Subject, "이")]
    [InlineData("집", Particle.Direction, "으로")]
    [InlineData("학교", Particle.Direction, "로")]
    [InlineData("닭", Particle.Direction, "으로")]
    // Compatibility jamo are read by their names.
    [InlineData("ㄱ", Particle.Subject, "이")]
    [InlineData("ㄹ", Particle.Direction, "로")]
    [InlineData("ㅏ", Particle.Subject, "가")]
    public void Choose_HangulWord_FollowsFinalConsonant(string word, Particle particle, string expected)
    {
        KoreanParticles.Choose(word, particle).ShouldBe(expected);
    }

    [Theory]
    [InlineData("0", "이", "으로")] // 영
    [InlineData("1", "이", "로")] // 일
    [InlineData("2", "가", "로")] // 이
    [InlineData("3", "이", "으로")] // 삼
    [InlineData("4", "가", "로")] // 사
    [InlineData("5", "가", "로")] // 오
    [InlineData("6", "이", "으로")] // 육
    [InlineData("7", "이", "로")] // 칠
    [InlineData("8", "이", "로")] // 팔
    [InlineData("9", "가", "로")] // 구
    [InlineData("10", "이", "으로")] // 십
    [InlineData("20", "이", "으로")] // 이십
    [InlineData("100", "이", "으로")] // 백
    [InlineData("1000", "이", "으로")] // 천
    [InlineData("1,000", "이", "으로")] // 천
    [InlineData("10000", "이", "으로")] // 만
    [InlineData("300000000", "이", "으로")] // 삼억
    [InlineData("2000000000000", "가", "로")] // 이조
    [InlineData("12", "가", "로")] // 십이
    [InlineData("-7", "이", "로")] // 마이너스 칠
    [InlineData("3.5", "가", "로")] // 삼 점 오
    [InlineData("0.80", "이", "으로")] // 영 점 팔 영
    [InlineData("2.1", "이", "로")] // 이 점 일
    [InlineData("0.62–0.98", "이", "로")] // … 영 점 구 팔
    public void Choose_Number_ReadsSinoKorean(string number, string subject, string direction)
    {
        KoreanParticles.Choose(number, Particle.Subject).ShouldBe(subject);
        KoreanParticles.Choose(number, Particle.Direction).ShouldBe(direction);
    }

    [Theory]
    [InlineData("A", "가", "로")] // 에이
    [InlineData("L", "이", "로")] // 엘
    [InlineData("M", "이", "으로")] // 엠
    [InlineData("N", "이", "으로")] // 엔
    [InlineData("R", "이", "로")] // 알
    [InlineData("CPU", "가", "로")] // 씨피유
    [InlineData("PLC", "가", "로")] // 피엘씨
    [InlineData("Line A", "가", "로")] // 라인 에이
    [InlineData("Valve L", "이", "로")] // 밸브 엘
    [InlineData("sensor", "가", "로")] // 센서
    [InlineData("pump", "가", "로")] // 펌프
    [InlineData("heat", "가", "로")] // 히트
    [InlineData("system", "이", "으로")] // 시스템
    [InlineData("press-3 vibration", "이", "으로")] // 바이브레이션
    [InlineData("ring", "이", "으로")] // 링
    [InlineData("line", "이", "으로")] // 라인
    [InlineData("level", "이", "로")] // 레벨
    [InlineData("table", "이", "로")] // 테이블
    [InlineData("robot", "이", "으로")] // 로봇
    [InlineData("rack", "이", "으로")] // 랙
    [InlineData("logic", "이", "으로")] // 로직
    public void Choose_LatinWord_FollowsKoreanReading(string word, string subject, string direction)
    {
        KoreanParticles.Choose(word, Particle.Subject).ShouldBe(subject);
        KoreanParticles.Choose(word, Particle.Direction).ShouldBe(direction);
    }

    [Theory]
    [InlineData("25 °C", "가", "로")] // 도
    [InlineData("25°C", "가", "로")]
    [InlineData("°C", "가", "로")]
    [InlineData("3 kW", "가", "로")] // 킬로와트
    [InlineData("2.45 mm/s", "가", "로")] // 밀리미터 매 초
    [InlineData("5 bar", "가", "로")] // 바
    [InlineData("15%", "가", "로")] // 퍼센트
    [InlineData("12 parts/min", "이", "으로")] // 개 매 분
    [InlineData("40 개/분", "이", "으로")]
    [InlineData("5 m³/h", "가", "로")] // 세제곱미터 매 시
    [InlineData("3 d", "이", "로")] // 삼 일
    [InlineData("9.8 m/s²", "이", "으로")] // 미터 매 초 제곱
    [InlineData("3 kPa", "이", "로")] // 킬로파스칼
    [InlineData("kPa", "이", "로")]
    [InlineData("2 dB", "이", "로")] // 데시벨
    [InlineData("1,200 rpm", "이", "으로")] // 알피엠
    [InlineData("3 A", "가", "로")] // 암페어
    [InlineData("3 L", "가", "로")] // 리터
    [InlineData("300 K", "이", "으로")] // 켈빈
    [InlineData("Line K", "가", "로")] // 케이
    [InlineData("3 h", "이", "으로")] // 시간
    [InlineData("500 ms", "가", "로")] // 밀리초
    public void Choose_ValueWithUnit_FollowsHowTheUnitIsRead(string value, string subject, string direction)
    {
        KoreanParticles.Choose(value, Particle.Subject).ShouldBe(subject);
        KoreanParticles.Choose(value, Particle.Direction).ShouldBe(direction);
    }

    [Theory]
    [InlineData("온도.", "가")]
    [InlineData("압력!", "이")]
    [InlineData("\"센서\"", "가")]
    [InlineData("값 고정(센서 멈춤)", "이")] // an annotation in brackets is skipped: 고정
    [InlineData("서울(Seoul)", "이")]
    [InlineData("센서(A1)", "가")]
    [InlineData("(A)", "가")] // wholly in brackets: read inside
    [InlineData("[3호기]", "가")]
    [InlineData("0.80 mm/s(범위 0.62–0.98)", "가")]
    public void Choose_TrailingPunctuationOrBrackets_AreIgnored(string word, string subject)
    {
        KoreanParticles.Choose(word, Particle.Subject).ShouldBe(subject);
    }

    [Theory]
    [InlineData("★", Particle.Subject, "이(가)")]
    [InlineData("", Particle.Topic, "은(는)")]
    [InlineData("→", Particle.Direction, "(으)로")]
    [InlineData("?", Particle.DirectObject, "을(를)")]
    public void Choose_UnreadableWord_ReturnsCombinedForm(string word, Particle particle, string expected)
    {
        KoreanParticles.Choose(word, particle).ShouldBe(expected);
    }

    [Fact]
    public void With_AppendsTheChosenParticle()
    {
        KoreanParticles.With("프레스 3호기", Particle.Subject).ShouldBe("프레스 3호기가");
        KoreanParticles.With("2.45 mm/s", Particle.Direction).ShouldBe("2.45 mm/s로");
        KoreanParticles.With("서울", Particle.Direction).ShouldBe("서울로");
    }
}
