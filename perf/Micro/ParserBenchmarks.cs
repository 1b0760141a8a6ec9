using BenchmarkDotNet.Attributes;
using Viper.Frontend.Ast;
using Viper.Frontend.Parsing;

namespace Viper.Perf.Micro;

/// <summary>
/// Parser throughput: the synthetic source to an AST. The parser takes source text, so this
/// includes lexing; the parser's own share is this minus <see cref="LexerBenchmarks"/>.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class ParserBenchmarks
{
    [GlobalSetup]
    public void Setup() => _ = SyntheticSource.Text;

    [Benchmark]
    public Module ParseModule() => Parser.ParseModule(SyntheticSource.Text, "<synthetic>", fromFile: true);
}
