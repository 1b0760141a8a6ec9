using NUnit.Framework;
using Viper.Bytecode.Disassembly;

namespace Viper.Tests.Bytecode;

/// <summary>
/// The compiler's output as the disassembler shows it: the peephole pass leaves the fused
/// superinstructions and folded constants in place of the naive sequences, and with the pass off
/// none of them appear.
/// </summary>
[TestFixture]
public sealed class PeepholeTests
{
    private static string Disassemble(string source, bool optimize = true) =>
        Disassembler.DisassembleAll(TestCompilation.CompileModule(source, optimize));

    private static readonly string[] FusedNames =
        ["COMPARE_JUMP", "COMPARE_CONST_JUMP", "ADD_CONST", "SUB_CONST", "MUL_CONST", "INPLACE_ADD_CONST", "INPLACE_ADD_CONST_GLOBAL"];

    [Test]
    public void WhileLoopConditionFusesCompareAndJump()
    {
        var text = Disassemble("def f(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("COMPARE_JUMP              i, n, '<'"));
            Assert.That(text, Does.Contain("INPLACE_ADD_CONST         i, i, 1"));
            Assert.That(text, Does.Not.Contain("JUMP_IF_TRUE"));
            Assert.That(text, Does.Not.Contain("JUMP_IF_FALSE"));
        });
    }

    [Test]
    public void CompareWithConstantBranchesInOneInstruction()
    {
        var text = Disassemble("def f(x):\n    if x < 10:\n        return 1\n    return 2\n");
        Assert.That(text, Does.Contain("COMPARE_CONST_JUMP"));
        Assert.That(text, Does.Not.Contain("COMPARE   "));
    }

    [Test]
    public void ArithmeticWithConstantUsesConstantOperand()
    {
        var text = Disassemble("def f(x):\n    y = x - 2\n    return y * 0.5 + 1.0\n");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("SUB_CONST                 y, x, 2"));
            Assert.That(text, Does.Contain("MUL_CONST"));
            Assert.That(text, Does.Contain("ADD_CONST"));
            Assert.That(text, Does.Contain("1.0"));
        });
    }

    [Test]
    public void ModuleLevelIncrementFusesLoadAddStore()
    {
        var text = Disassemble("n = 0\nwhile n < 100:\n    n += 1\n");
        Assert.That(text, Does.Contain("INPLACE_ADD_CONST_GLOBAL"));
        Assert.That(text.Split("STORE_GLOBAL").Length - 1, Is.EqualTo(1), "only 'n = 0' stores; the loop's store is fused away");
    }

    [Test]
    public void ConstantExpressionsFold()
    {
        var text = Disassemble("x = 2 * 3 + 1\ny = -(4 ** 2)\nz = 7 // 2 % 3\n");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("LOAD_CONST                r0, 7"));
            Assert.That(text, Does.Contain("LOAD_CONST                r0, -16"));
            Assert.That(text, Does.Contain("LOAD_CONST                r0, 0"));
            Assert.That(text, Does.Not.Contain("MUL"));
        });
    }

    [Test]
    public void FoldingLeavesErrorsToRunTime()
    {
        var text = Disassemble("x = 1 / 0\n");
        Assert.That(text, Does.Contain("TRUE_DIV"));
    }

    [Test]
    public void WithThePassOffNothingIsFused()
    {
        const string Source = "n = 0\nwhile n < 100:\n    n += 1\ndef f(x):\n    if x < 10:\n        return x - 2\n    return x\n";
        var plain = Disassemble(Source, optimize: false);
        var words = plain.Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        Assert.That(words.Intersect(FusedNames), Is.Empty);
        Assert.That(Disassemble(Source).Split([' ', '\n', ','], StringSplitOptions.RemoveEmptyEntries).Intersect(FusedNames), Is.Not.Empty);
    }

    [Test]
    public void FloatConstantsShowAsPythonWritesThem()
    {
        var text = Disassemble("a = 0.0\nb = -0.0\nc = 2.0\nd = 1.5e-07\n");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(", 0.0\n"));
            Assert.That(text, Does.Contain(", -0.0\n"));
            Assert.That(text, Does.Contain(", 2.0\n"));
            Assert.That(text, Does.Contain(", 1.5e-07\n"));
        });
    }

    [Test]
    public void ImplicitReturnSitsOnTheLastLine()
    {
        var text = Disassemble("x = 1\ny = 2\n");
        Assert.That(text, Does.Not.Match(@"\n +0 +\d+ RETURN_CONST"));
    }

    [Test]
    public void LiteralStoresAndReturnsUseTheConstantForms()
    {
        var text = Disassemble("def f(flags, i, d):\n    flags[i] = True\n    d['k'] = None\n    if i:\n        return 1\n    return flags[0]\n");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("SET_ITEM_VALUE_CONST      flags, i, True"));
            Assert.That(text, Does.Contain("RETURN_CONST              1"));
            Assert.That(text, Does.Contain("GET_ITEM_CONST"));
            Assert.That(text, Does.Not.Contain("LOAD_CONST                r3, True"));
        });
    }

    [Test]
    public void BranchOverAJumpIsInverted()
    {
        var text = Disassemble("def f(xs, a, b):\n    n = 0\n    for x in xs:\n        if a[x] or b[x]:\n            continue\n        n += 1\n    return n\n");
        Assert.That(text, Does.Not.Contain("JUMP   "), "the 'continue' jump is folded into the last test");
    }
}
