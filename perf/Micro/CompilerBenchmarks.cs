using BenchmarkDotNet.Attributes;
using Viper.Bytecode.Code;
using Viper.Bytecode.Compiler;
using Viper.Frontend.Ast;
using Viper.Frontend.Parsing;
using Viper.Frontend.Scopes;

namespace Viper.Perf.Micro;

/// <summary>
/// Compile time: the synthetic source's AST to bytecode (scope analysis, code generation and the
/// peephole pass), with parsing done once in setup.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class CompilerBenchmarks
{
    private Module _module = null!;

    [GlobalSetup]
    public void Setup() => _module = Parser.ParseModule(SyntheticSource.Text, "<synthetic>", fromFile: true);

    [Benchmark]
    public CodeObject CompileModule() => PythonCompiler.CompileModule(_module, ScopeAnalyzer.Analyze(_module), "<synthetic>");
}
