using Viper.Bytecode.Code;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;

namespace Viper.Bytecode.Compiler;

/// <summary>Compiles an analysed module to its code object; nested functions become constants of it.</summary>
public static class PythonCompiler
{
    public static CodeObject CompileModule(Module module, ScopeTable scopes, string fileName, CompilerOptions? options = null)
    {
        var generator = new CodeGenerator(scopes, scopes.ModuleScope, fileName, "<module>", "<module>", 1, options ?? CompilerOptions.Default);
        return generator.CompileModuleBody(module);
    }

    /// <summary>Compiles an expression for <c>eval</c>, wrapped as the one statement of <paramref name="module"/>.</summary>
    public static CodeObject CompileEval(Module module, ScopeTable scopes, string fileName, CompilerOptions options)
    {
        var generator = new CodeGenerator(scopes, scopes.ModuleScope, fileName, "<module>", "<module>", 1, options);
        return generator.CompileEvalBody(module);
    }
}
