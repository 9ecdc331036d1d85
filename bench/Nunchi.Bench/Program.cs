using BenchmarkDotNet.Running;

// Every public class with [Benchmark] methods in this assembly is selectable, e.g.
//   dotnet run -c Release -- --filter '*DeterministicMath*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
