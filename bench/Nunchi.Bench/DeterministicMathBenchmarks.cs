using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nunchi.Core.Numerics;

namespace Nunchi.Bench;

/// <summary>
/// DeterministicMath against the platform Math.* (the baseline in each category), per call over 1024 varied inputs
/// so branch prediction sees realistic argument ranges.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DeterministicMathBenchmarks
{
    private const int N = 1024;

    private readonly double[] _wide = new double[N]; // [-700, 700]: Exp, Expm1, Logistic
    private readonly double[] _positive = new double[N]; // log-uniform (1e-300, 1e300): Log, Log2, Log10, Log1p, Pow base
    private readonly double[] _exponent = new double[N]; // [-2, 2]: Pow exponent
    private readonly double[] _small = new double[N]; // [-5, 5]: Tanh, Expm1 near 0
    private readonly double[] _z = new double[N]; // [-3, 12]: NormalSf
    private readonly double[] _p = new double[N]; // (0, 1) with half the mass in the tails: NormalQuantile

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12345);
        for (int i = 0; i < N; i++)
        {
            _wide[i] = -700.0 + (1400.0 * random.NextDouble());
            _positive[i] = Math.Pow(10.0, -300.0 + (600.0 * random.NextDouble()));
            _exponent[i] = -2.0 + (4.0 * random.NextDouble());
            _small[i] = -5.0 + (10.0 * random.NextDouble());
            _z[i] = -3.0 + (15.0 * random.NextDouble());
            _p[i] = i % 2 == 0 ? random.NextDouble() : Math.Pow(10.0, -300.0 * random.NextDouble());
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Exp")]
    public double MathExp()
    {
        double sum = 0.0;
        foreach (double x in _wide)
            sum += Math.Exp(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Exp")]
    public double Exp()
    {
        double sum = 0.0;
        foreach (double x in _wide)
            sum += DeterministicMath.Exp(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Expm1")]
    public double MathExpM1()
    {
        // .NET's double.ExpM1 is Math.Exp(x) − 1 (inaccurate near 0); the closest BCL equivalent.
        double sum = 0.0;
        foreach (double x in _small)
            sum += double.ExpM1(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Expm1")]
    public double Expm1()
    {
        double sum = 0.0;
        foreach (double x in _small)
            sum += DeterministicMath.Expm1(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Log")]
    public double MathLog()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += Math.Log(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Log")]
    public double Log()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += DeterministicMath.Log(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Log1p")]
    public double MathLogP1()
    {
        // .NET's double.LogP1 is Math.Log(x + 1) (inaccurate near 0); the closest BCL equivalent.
        double sum = 0.0;
        foreach (double x in _positive)
            sum += double.LogP1(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Log1p")]
    public double Log1p()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += DeterministicMath.Log1p(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Log2")]
    public double MathLog2()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += Math.Log2(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Log2")]
    public double Log2()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += DeterministicMath.Log2(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Log10")]
    public double MathLog10()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += Math.Log10(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Log10")]
    public double Log10()
    {
        double sum = 0.0;
        foreach (double x in _positive)
            sum += DeterministicMath.Log10(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Pow")]
    public double MathPow()
    {
        double sum = 0.0;
        for (int i = 0; i < N; i++)
            sum += Math.Pow(_positive[i], _exponent[i]);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Pow")]
    public double Pow()
    {
        double sum = 0.0;
        for (int i = 0; i < N; i++)
            sum += DeterministicMath.Pow(_positive[i], _exponent[i]);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Tanh")]
    public double MathTanh()
    {
        double sum = 0.0;
        foreach (double x in _small)
            sum += Math.Tanh(x);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Tanh")]
    public double Tanh()
    {
        double sum = 0.0;
        foreach (double x in _small)
            sum += DeterministicMath.Tanh(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Logistic")]
    public double MathLogistic()
    {
        double sum = 0.0;
        foreach (double x in _wide)
            sum += 1.0 / (1.0 + Math.Exp(-x));
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Logistic")]
    public double Logistic()
    {
        double sum = 0.0;
        foreach (double x in _wide)
            sum += DeterministicMath.Logistic(x);
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Normal")]
    public double MathExpOfNormalArguments()
    {
        // No BCL normal distribution exists; exp(−z²/2) is the platform cost any tail function would pay.
        double sum = 0.0;
        foreach (double z in _z)
            sum += Math.Exp(-0.5 * z * z);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Normal")]
    public double NormalSf()
    {
        double sum = 0.0;
        foreach (double z in _z)
            sum += DeterministicMath.NormalSf(z);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N), BenchmarkCategory("Normal")]
    public double NormalQuantile()
    {
        double sum = 0.0;
        foreach (double p in _p)
            sum += DeterministicMath.NormalQuantile(p);
        return sum;
    }
}
