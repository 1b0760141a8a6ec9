using BenchmarkDotNet.Attributes;
using Viper.Frontend.Lexing;

namespace Viper.Perf.Micro;

/// <summary>Lexer throughput: the synthetic source to a token list.</summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class LexerBenchmarks
{
    [GlobalSetup]
    public void Setup() => _ = SyntheticSource.Text;

    [Benchmark]
    public List<Token> Tokenize() => Lexer.Tokenize(SyntheticSource.Text);
}
