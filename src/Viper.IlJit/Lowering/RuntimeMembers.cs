using System.Collections.Concurrent;
using System.Reflection;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>The fields and methods compiled code touches, looked up once.</summary>
internal static class RuntimeMembers
{
    public static readonly FieldInfo ValueRef = typeof(Value).GetField(nameof(Value.Ref))!;
    public static readonly FieldInfo ValueBits = typeof(Value).GetField(nameof(Value.Bits))!;
    public static readonly FieldInfo IntTag = typeof(Value).GetField(nameof(Value.IntTag))!;
    public static readonly FieldInfo FloatTag = typeof(Value).GetField(nameof(Value.FloatTag))!;
    public static readonly MethodInfo FromInt = typeof(Value).GetMethod(nameof(Value.FromInt))!;
    public static readonly MethodInfo FromFloat = typeof(Value).GetMethod(nameof(Value.FromFloat))!;
    public static readonly MethodInfo None = typeof(Value).GetProperty(nameof(Value.None))!.GetMethod!;
    public static readonly MethodInfo True = typeof(Value).GetProperty(nameof(Value.True))!.GetMethod!;
    public static readonly MethodInfo False = typeof(Value).GetProperty(nameof(Value.False))!.GetMethod!;
    public static readonly MethodInfo PyTrue = typeof(PyBool).GetProperty(nameof(PyBool.True))!.GetMethod!;
    public static readonly MethodInfo PyFalse = typeof(PyBool).GetProperty(nameof(PyBool.False))!.GetMethod!;
    public static readonly MethodInfo BitsToDouble = typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble))!;
    public static readonly MethodInfo FunctionCode = typeof(PyFunction).GetProperty(nameof(PyFunction.Code))!.GetMethod!;

    public static readonly FieldInfo ClosureCode = typeof(JitClosure).GetField(nameof(JitClosure.Code))!;
    public static readonly FieldInfo ClosureFunction = typeof(JitClosure).GetField(nameof(JitClosure.Function))!;
    public static readonly FieldInfo ClosureCallees = typeof(JitClosure).GetField(nameof(JitClosure.Callees))!;
    public static readonly FieldInfo ClosureMethodTargets = typeof(JitClosure).GetField(nameof(JitClosure.MethodTargets))!;
    public static readonly FieldInfo MethodTargetFunction = typeof(MethodTarget).GetField(nameof(MethodTarget.Function))!;
    public static readonly FieldInfo ClosureClassTargets = typeof(JitClosure).GetField(nameof(JitClosure.ClassTargets))!;
    public static readonly FieldInfo ClassTargetInit = typeof(ClassTarget).GetField(nameof(ClassTarget.Init))!;
    public static readonly FieldInfo ClosureAttributeTargets = typeof(JitClosure).GetField(nameof(JitClosure.AttributeTargets))!;
    public static readonly FieldInfo ClosureState = typeof(JitClosure).GetField(nameof(JitClosure.State))!;
    public static readonly FieldInfo ClosureGlobals = typeof(JitClosure).GetField(nameof(JitClosure.Globals))!;
    public static readonly FieldInfo ClosureBuiltinsDict = typeof(JitClosure).GetField(nameof(JitClosure.BuiltinsDict))!;
    public static readonly FieldInfo ClosureBoxedResult = typeof(JitClosure).GetField(nameof(JitClosure.BoxedResult))!;
    public static readonly FieldInfo ClosureOsrStack = typeof(JitClosure).GetField(nameof(JitClosure.OsrStack))!;
    public static readonly FieldInfo ClosureOsrBase = typeof(JitClosure).GetField(nameof(JitClosure.OsrBase))!;
    public static readonly FieldInfo ClosureOsrPc = typeof(JitClosure).GetField(nameof(JitClosure.OsrPc))!;
    public static readonly MethodInfo KeysVersion = typeof(PyDict).GetProperty(nameof(PyDict.KeysVersion))!.GetMethod!;
    public static readonly MethodInfo ValueAt = typeof(PyDict).GetMethod(nameof(PyDict.ValueAt))!;
    public static readonly MethodInfo GlobalEntryStore = typeof(WatchedBindings).GetMethod(nameof(WatchedBindings.Store))!;
    public static readonly FieldInfo WatchedBindingsCurrent = typeof(WatchedBindings).GetField(nameof(WatchedBindings.Current))!;
    public static readonly FieldInfo WatchedBindingsVersion = typeof(WatchedBindings.VersionHolder).GetField(nameof(WatchedBindings.VersionHolder.Version))!;
    public static readonly FieldInfo StateConstants = typeof(CodeState).GetField(nameof(CodeState.Constants))!;

    public static readonly FieldInfo RangeNext = typeof(PyRangeIterator).GetField(nameof(PyRangeIterator.Next))!;
    public static readonly FieldInfo RangeStep = typeof(PyRangeIterator).GetField(nameof(PyRangeIterator.Step))!;
    public static readonly FieldInfo RangeRemaining = typeof(PyRangeIterator).GetField(nameof(PyRangeIterator.Remaining))!;

    public static readonly MethodInfo GeneratorFunction = typeof(PyGenerator).GetProperty(nameof(PyGenerator.Function))!.GetMethod!;

    public static readonly FieldInfo PendingInterrupts = typeof(Interpreter).GetField(nameof(Interpreter.PendingInterrupts), BindingFlags.NonPublic | BindingFlags.Static)!;
    public static readonly FieldInfo InterruptRequested = typeof(Interpreter).GetField(nameof(Interpreter.InterruptRequested), BindingFlags.NonPublic | BindingFlags.Instance)!;
    public static readonly MethodInfo TakeInterrupt = Internal(typeof(Interpreter), nameof(Interpreter.TakeInterrupt));
    public static readonly MethodInfo EnterFrame = Internal(typeof(Interpreter), nameof(Interpreter.EnterCompiledFrame));
    public static readonly MethodInfo FrameFits = Internal(typeof(Interpreter), nameof(Interpreter.CompiledFrameFits));
    public static readonly MethodInfo LeaveFrame = typeof(Interpreter).GetMethod(nameof(Interpreter.LeaveCompiledFrame), BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!;
    public static readonly MethodInfo ReturnFromFrame = typeof(Interpreter).GetMethod(nameof(Interpreter.LeaveCompiledFrame), BindingFlags.NonPublic | BindingFlags.Instance, [typeof(int)])!;
    public static readonly MethodInfo EnterClassFrame = Internal(typeof(Interpreter), nameof(Interpreter.EnterCompiledClassFrame));
    public static readonly MethodInfo SetClassFrameFirstSlot = Internal(typeof(Interpreter), nameof(Interpreter.SetCompiledClassFrameFirstSlot));
    public static readonly MethodInfo LeaveClassFrame = Internal(typeof(Interpreter), nameof(Interpreter.LeaveCompiledClassFrame));
    public static readonly MethodInfo ClassCellContents = typeof(Interpreter).GetMethod(nameof(Interpreter.ClassCellContents))!;

    public static readonly MethodInfo Binary = typeof(Arithmetic).GetMethod(nameof(Arithmetic.Binary))!;
    public static readonly MethodInfo IsTrue = typeof(Truth).GetMethod(nameof(Truth.IsTrue))!;
    public static readonly MethodInfo DeleteItem = typeof(Subscripts).GetMethod(nameof(Subscripts.DeleteItem))!;

    /// <summary>Helpers looked up so far: a lookup by name costs more than emitting the call.</summary>
    private static readonly ConcurrentDictionary<string, MethodInfo> Helpers = new(StringComparer.Ordinal);

    /// <summary>A helper of <see cref="JitRuntime"/> by name.</summary>
    public static MethodInfo Helper(string name) =>
        Helpers.GetOrAdd(name, static name =>
            typeof(JitRuntime).GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(nameof(JitRuntime), name));

    private static MethodInfo Internal(Type type, string name) =>
        type.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
        ?? throw new MissingMethodException(type.Name, name);
}
