using System.Reflection.Emit;
using NUnit.Framework;
using Viper.IlJit.Emission;

namespace Viper.Tests.Jit;

/// <summary>The typed emitter: what it emits runs, its dump reads like ildasm, and (in Debug) bad IL fails at emission.</summary>
[TestFixture]
public sealed class IlEmitterTests
{
    private static (DynamicMethod Method, IlEmitter Emitter) NewMethod(Type returnType, params Type[] parameters)
    {
        var method = new DynamicMethod("test", returnType, parameters, typeof(IlEmitterTests).Module);
        return (method, new IlEmitter(method.GetILGenerator(), returnType, parameters, record: true));
    }

    [Test]
    public void EmittedMethodRunsAndIsRecorded()
    {
        var (method, il) = NewMethod(typeof(long), typeof(long), typeof(long));
        var sum = il.DeclareLocal(typeof(long), "sum");
        var negative = il.DefineLabel();
        il.Ldarg(0);
        il.Ldarg(1);
        il.Arithmetic(OpCodes.Add);
        il.Stloc(sum);
        il.Ldloc(sum);
        il.LdcI8(0);
        il.CompareBranch(OpCodes.Blt, negative);
        il.Ldloc(sum);
        il.Ret();
        il.MarkLabel(negative);
        il.LdcI8(-1);
        il.Ret();

        var add = method.CreateDelegate<Func<long, long, long>>();
        Assert.That(add(2, 3), Is.EqualTo(5));
        Assert.That(add(2, -3), Is.EqualTo(-1));
        var dump = il.Dump("add");
        Assert.That(dump, Does.Contain(".method int64 'add'(int64, int64)"));
        Assert.That(dump, Does.Contain("[0] int64 sum"));
        Assert.That(dump, Does.Contain("IL_0002: add"));
        Assert.That(dump, Does.Contain("blt L0"));
        Assert.That(dump, Does.Contain("  L0:\n"));
    }

    [Test]
    public void CalledMethodsAreNamed()
    {
        var (method, il) = NewMethod(typeof(double), typeof(long));
        il.Ldarg(0);
        il.Call(typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble))!);
        il.Ret();
        Assert.That(method.CreateDelegate<Func<long, double>>()(BitConverter.DoubleToInt64Bits(1.5)), Is.EqualTo(1.5));
        Assert.That(il.Dump("bits"), Does.Contain("call float64 BitConverter::Int64BitsToDouble(int64)"));
    }

#if DEBUG
    [Test]
    public void UnbalancedReturnIsCaughtAtEmission()
    {
        var (_, il) = NewMethod(typeof(long), typeof(long));
        il.Ldarg(0);
        il.Ldarg(0);
        Assert.Throws<InvalidProgramException>(il.Ret);
    }

    [Test]
    public void WrongOperandTypeIsCaughtAtEmission()
    {
        var (_, il) = NewMethod(typeof(long), typeof(long));
        il.Ldarg(0);
        il.LdcR8(1.0);
        Assert.Throws<InvalidProgramException>(() => il.Arithmetic(OpCodes.Add));
    }

    [Test]
    public void WrongArgumentTypeIsCaughtAtEmission()
    {
        var (_, il) = NewMethod(typeof(double), typeof(int));
        il.Ldarg(0);
        Assert.Throws<InvalidProgramException>(() => il.Call(typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble))!));
    }

    [Test]
    public void BranchesMustAgreeOnTheStack()
    {
        var (_, il) = NewMethod(typeof(long), typeof(long));
        var join = il.DefineLabel();
        il.Ldarg(0);
        il.Ldarg(0);
        il.Branch(OpCodes.Brtrue, join);
        il.LdcI8(1);
        Assert.Throws<InvalidProgramException>(() => il.MarkLabel(join));
    }

    [Test]
    public void PoppingAnEmptyStackIsCaught()
    {
        var (_, il) = NewMethod(typeof(void));
        Assert.Throws<InvalidProgramException>(il.Pop);
    }
#endif
}
