using NUnit.Framework;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Parsing;
using Viper.Frontend.Scopes;
using Assert = NUnit.Framework.Assert;

namespace Viper.Tests.Frontend;

public class ScopeTests
{
    private static ScopeTable Analyze(string source) => ScopeAnalyzer.Analyze(Parser.ParseModule(source, "<test>"));

    private static Scope Find(ScopeTable table, params string[] path)
    {
        var scope = table.ModuleScope;
        foreach (var name in path)
        {
            scope = scope.Children.Single(c => c.Name == name);
        }

        return scope;
    }

    private static PythonSyntaxError Fails(string source) =>
        Assert.Throws<PythonSyntaxError>(() => Analyze(source))!;

    [Test]
    public void ModuleNamesAreLookedUpByName()
    {
        var module = Analyze("import os.path\nx = 1\nfor i in y: pass\n").ModuleScope;
        Assert.That(module.BindingOf("os"), Is.EqualTo(SymbolBinding.Name));
        Assert.That(module.BindingOf("x"), Is.EqualTo(SymbolBinding.Name));
        Assert.That(module.Lookup("y"), Is.EqualTo(SymbolBinding.Name));
    }

    [Test]
    public void FunctionLocalsGlobalsAndSlots()
    {
        var table = Analyze("def f(a, /, b, *args, c, **kw):\n    d = a\n    global g\n    g = 1\n    return len(d)\n");
        var f = Find(table, "f");
        Assert.That(f.Slots, Is.EqualTo(new[] { "a", "b", "c", "args", "kw", "d" }));
        Assert.That(f.ParameterCount, Is.EqualTo(5));
        Assert.That(f.BindingOf("d"), Is.EqualTo(SymbolBinding.Local));
        Assert.That(f.BindingOf("g"), Is.EqualTo(SymbolBinding.GlobalExplicit));
        Assert.That(f.BindingOf("len"), Is.EqualTo(SymbolBinding.GlobalImplicit));
        Assert.That(table[table.ModuleScope.Node], Is.SameAs(table.ModuleScope));
    }

    [Test]
    public void ClosuresMakeCellsAndFreeVariables()
    {
        var table = Analyze("def outer():\n    x = 1\n    def middle():\n        def inner():\n            return x\n        return inner\n    return middle\n");
        var outer = Find(table, "outer");
        var middle = Find(table, "outer", "middle");
        var inner = Find(table, "outer", "middle", "inner");
        Assert.That(outer.BindingOf("x"), Is.EqualTo(SymbolBinding.Cell));
        Assert.That(outer.CellVars, Is.EqualTo(new[] { "x" }));
        Assert.That(outer.Slots, Does.Contain("x"));
        Assert.That(middle.BindingOf("x"), Is.EqualTo(SymbolBinding.Free));
        Assert.That(middle.FreeVars, Is.EqualTo(new[] { "x" }));
        Assert.That(inner.BindingOf("x"), Is.EqualTo(SymbolBinding.Free));
        Assert.That(inner.Slots, Is.Empty);
    }

    [Test]
    public void NonlocalBindsToEnclosingFunction()
    {
        var table = Analyze("def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n    return g\n");
        Assert.That(Find(table, "f").BindingOf("n"), Is.EqualTo(SymbolBinding.Cell));
        Assert.That(Find(table, "f", "g").BindingOf("n"), Is.EqualTo(SymbolBinding.Free));
    }

    [Test]
    public void ClassScopesAreSkippedForFreeVariables()
    {
        var table = Analyze("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
        var c = Find(table, "f", "C");
        Assert.That(c.BindingOf("x"), Is.EqualTo(SymbolBinding.Name));
        Assert.That(Find(table, "f", "C", "m").BindingOf("x"), Is.EqualTo(SymbolBinding.Free));
        Assert.That(Find(table, "f").BindingOf("x"), Is.EqualTo(SymbolBinding.Cell));
    }

    [Test]
    public void MethodsUsingSuperNeedTheClassCell()
    {
        var table = Analyze("class C(B):\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
        var c = Find(table, "C");
        Assert.That(c.NeedsClassCell, Is.True);
        Assert.That(c.Mentions("__class__"), Is.False);
        Assert.That(Find(table, "C", "m").FreeVars, Is.EqualTo(new[] { "__class__" }));
        Assert.That(Find(table, "C", "n").FreeVars, Is.Empty);
    }

    [Test]
    public void ComprehensionsHaveTheirOwnScope()
    {
        var module = Parser.ParseModule("def f(xs):\n    return [x * y for x in xs if x]\n", "<test>");
        var table = ScopeAnalyzer.Analyze(module);
        var comprehension = Find(table, "f", "<listcomp>");
        Assert.That(comprehension.Kind, Is.EqualTo(ScopeKind.Comprehension));
        Assert.That(comprehension.Slots, Is.EqualTo(new[] { ".0", "x" }));
        Assert.That(comprehension.ParameterCount, Is.EqualTo(1));
        Assert.That(comprehension.Mentions("xs"), Is.False);
        Assert.That(comprehension.BindingOf("y"), Is.EqualTo(SymbolBinding.GlobalImplicit));
        var returned = (ListComp)((Return)((FunctionDef)module.Body[0]).Body[0]).Value!;
        Assert.That(table[returned], Is.SameAs(comprehension));
    }

    [Test]
    public void WalrusInComprehensionBindsInEnclosingFunction()
    {
        var table = Analyze("def f(xs):\n    [last := x for x in xs]\n    return last\n");
        Assert.That(Find(table, "f").BindingOf("last"), Is.EqualTo(SymbolBinding.Cell));
        Assert.That(Find(table, "f", "<listcomp>").BindingOf("last"), Is.EqualTo(SymbolBinding.Free));
    }

    [Test]
    public void GeneratorsAndCoroutinesAreFlagged()
    {
        var table = Analyze("def g():\n    yield 1\nasync def c():\n    pass\nh = (x for x in y)\nlam = lambda: (yield)\n");
        Assert.That(Find(table, "g").IsGenerator, Is.True);
        Assert.That(Find(table, "c").IsCoroutine, Is.True);
        Assert.That(Find(table, "<genexpr>").IsGenerator, Is.True);
        Assert.That(Find(table, "<lambda>").IsGenerator, Is.True);
    }

    [Test]
    public void BindingFormsInFunctions()
    {
        var source = "def f():\n    import a.b\n    from m import c as d\n    with e as (g, h):\n        pass\n    try:\n        pass\n    except E as i:\n        pass\n    match z:\n        case [j, *k] | {'q': j, **k}:\n            pass\n    del l\n";
        var f = Find(Analyze(source), "f");
        Assert.That(f.Slots, Is.EqualTo(new[] { "a", "d", "g", "h", "i", "j", "k", "l" }));
        Assert.That(f.BindingOf("E"), Is.EqualTo(SymbolBinding.GlobalImplicit));
    }

    [TestCase("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3)]
    [TestCase("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3)]
    [TestCase("def f(x):\n  global x\n", "name 'x' is parameter and global", 2)]
    [TestCase("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2)]
    [TestCase("nonlocal x\n", "nonlocal declaration not allowed at module level", 1)]
    [TestCase("def f():\n    from m import *\n", "import * only allowed at module level", 2)]
    public void DeclarationErrors(string source, string message, int line)
    {
        var error = Fails(source);
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Line, Is.EqualTo(line));
    }

    [Test]
    public void ParameterAndGlobalErrorPositionMatchesCPython()
    {
        var error = Fails("def f(x):\n  global x\n");
        Assert.That((error.Line, error.Column, error.EndColumn), Is.EqualTo((2, 3, 11)));
    }
}
