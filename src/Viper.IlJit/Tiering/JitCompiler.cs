using System.Diagnostics;
using System.Globalization;
using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.IlJit.Emission;
using Viper.IlJit.Lowering;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Tiering;

/// <summary>
/// The CIL tier as the VM sees it: the tier hook. When the VM reports hot code, lowers it to a
/// <see cref="DynamicMethod"/> and installs the entry on the code object; code it cannot lower is
/// remembered as refused and stays in the VM.
/// </summary>
/// <param name="builtins">The builtins module's dict, which compiled code reads builtins from.</param>
public sealed partial class JitCompiler(JitOptions options, PyDict builtins, TextWriter output, TextWriter diagnostics) : ITierHook
{
    private readonly Dictionary<CodeObject, JitClosure?> _compiled = [];
    private readonly HashSet<CodeObject> _inProgress = [];
    private readonly BackgroundInstaller? _installer = options.InstallInBackground ? new() : null;

    public int Threshold => options.CallThreshold;

    public int BackEdgeThreshold => options.BackEdgeThreshold;

    /// <summary>Code objects compiled so far, with the time each took to lower and emit.</summary>
    public List<CompiledFunction> CompiledFunctions { get; } = [];

    /// <summary>Code objects refused, and why.</summary>
    public List<(string Name, string Reason)> Refused { get; } = [];

    public void OnHot(CodeObject code, PyDict globals)
    {
        ReportInstallFailures();
        TryCompile(code, globals);
    }

    /// <summary>Compiles <paramref name="code"/> for <paramref name="globals"/> unless it was tried before; the closure, or null if refused.</summary>
    private JitClosure? TryCompile(CodeObject code, PyDict globals)
    {
        if (_compiled.TryGetValue(code, out var known))
        {
            return known;
        }

        var reason = OpcodeSupport.RefusalReason(code);
        if (reason is not null)
        {
            _compiled[code] = null;
            Refused.Add((code.QualifiedName, reason));
            Report($"[jit] refused {code.QualifiedName}: {reason}");
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var closure = new JitClosure(code, globals) { BuiltinsDict = builtins };
        var body = new DynamicMethod(code.QualifiedName, typeof(Value), FunctionLowering.BodyParameters(code), typeof(JitCompiler).Module, skipVisibility: true);
        closure.Body = body;

        // Registered before the callees are compiled, so recursion (direct or mutual) ends here.
        _compiled[code] = closure;
        _inProgress.Add(code);
        IlEmitter il;
        try
        {
            var directCalls = ResolveDirectCalls(code, globals, closure);
            ResolveMethodCalls(code, closure, directCalls);
            ResolveInstantiations(code, globals, closure, directCalls);
            closure.Callees = [.. directCalls.Closures];
            closure.MethodTargets = [.. directCalls.MethodTargets];
            closure.ClassTargets = [.. directCalls.ClassTargets];
            ResolveAttributeLoads(code, closure, directCalls);
            closure.AttributeTargets = [.. directCalls.AttributeTargets];
            DynamicMethod? recursiveLongBody = null;
            if (LongEntry.Applies(code, directCalls))
            {
                closure.LongEntryCalls = directCalls;
                if (directCalls.Sites.Values.Any(site => site.ClosureIndex < 0))
                {
                    // Its calls of itself call the long entry, which is lowered with the body.
                    recursiveLongBody = DeclareLongBody(code);
                    closure.LongBody = recursiveLongBody;
                    foreach (var (pc, site) in directCalls.Sites)
                    {
                        if (site.ClosureIndex < 0)
                        {
                            directCalls.Sites[pc] = site with { LongBody = recursiveLongBody };
                        }
                    }
                }
            }

            il = new IlEmitter(body.GetILGenerator(), typeof(Value), FunctionLowering.BodyParameters(code), record: options.DumpIl);
            var loopHeaders = FunctionLowering.Emit(closure, il, directCalls, longEntry: false);
            if (recursiveLongBody is not null)
            {
                EmitLongBody(closure, recursiveLongBody);
            }

            var (compiled, warmUp) = code.Flags.HasFlag(CodeFlags.Generator)
                ? GeneratorCode(globals, body, closure)
                : FunctionCode(code, globals, body, closure, loopHeaders);
            if (_installer is not null)
            {
                _installer.Enqueue(code, compiled, warmUp);
            }
            else
            {
                code.CompiledEntry = compiled;
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A lowering bug must not break the program: the code stays in the VM. Debug builds
            // (the tests) fail loudly instead.
            _compiled[code] = null;
            Refused.Add((code.QualifiedName, $"internal error: {error.Message}"));
            Report($"[jit] refused {code.QualifiedName}: internal error: {error.Message}");
#if DEBUG
            throw;
#else
            return null;
#endif
        }
        finally
        {
            _inProgress.Remove(code);
        }

        var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        CompiledFunctions.Add(new CompiledFunction(code.QualifiedName, milliseconds));
        if (options.DumpIl)
        {
            Report(il.Dump(code.QualifiedName));
        }

        Report($"[jit] compiled {code.QualifiedName} in {milliseconds.ToString("0.000", CultureInfo.InvariantCulture)} ms");
        return closure;
    }

    /// <summary>
    /// Finds CALL sites whose callee comes from a LOAD_GLOBAL of a name that now holds a Python
    /// function taking exactly the call's positional arguments, and compiles those callees.
    /// </summary>
    private DirectCalls ResolveDirectCalls(CodeObject code, PyDict globals, JitClosure self)
    {
        var calls = new DirectCalls();
        foreach (var (pc, name, argCount) in GlobalCalleeSites.Find(code))
        {
            if (globals.TryGetValue(name, out var value) && value.Ref is PyFunction function
                && ReferenceEquals(function.Globals, globals) && TakesExactly(function.Code, argCount))
            {
                // A callee still being compiled (mutual recursion) may yet fail; only a finished one, or this code itself, is called directly.
                var callee = ReferenceEquals(function.Code, code) ? self : TryCompile(function.Code, globals);
                if (callee?.Body is { } body && (ReferenceEquals(callee, self) || !_inProgress.Contains(callee.Code)))
                {
                    callee.Function ??= function;
                    callee.Function.BindingWatched = true;
                    var index = ReferenceEquals(callee, self) ? -1 : AddCallee(calls, callee);
                    calls.Sites[pc] = new DirectCallee(function.Code, body, index, ReferenceEquals(callee, self) ? null : LongBodyOf(callee));
                }
            }
        }

        return calls;
    }

    private static DynamicMethod DeclareLongBody(CodeObject code) =>
        new(code.QualifiedName + " (long entry)", typeof(long), LongEntry.Parameters(code), typeof(JitCompiler).Module, skipVisibility: true);

    /// <summary>
    /// The long entry of a compiled callee, lowered now if it has none yet but qualifies: only a
    /// function some compiled caller calls directly pays for the second body.
    /// </summary>
    private DynamicMethod? LongBodyOf(JitClosure callee)
    {
        if (callee.LongBody is null && callee.LongEntryCalls is not null)
        {
            var longBody = DeclareLongBody(callee.Code);
            try
            {
                EmitLongBody(callee, longBody);
                callee.LongBody = longBody;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // The callee keeps its value body; its callers call that.
                callee.LongEntryCalls = null;
                Refused.Add((callee.Code.QualifiedName + " (long entry)", $"internal error: {error.Message}"));
                Report($"[jit] refused {callee.Code.QualifiedName} (long entry): internal error: {error.Message}");
#if DEBUG
                throw;
#endif
            }
        }

        return callee.LongBody;
    }

    private void EmitLongBody(JitClosure closure, DynamicMethod longBody)
    {
        var il = new IlEmitter(longBody.GetILGenerator(), typeof(long), LongEntry.Parameters(closure.Code), record: options.DumpIl);
        FunctionLowering.Emit(closure, il, closure.LongEntryCalls!, longEntry: true);
        closure.LongEntryCalls = null;
        if (options.DumpIl)
        {
            Report(il.Dump(closure.Code.QualifiedName + " (long entry)"));
        }
    }

    private static int AddCallee(DirectCalls calls, JitClosure callee)
    {
        var index = calls.Closures.IndexOf(callee);
        if (index < 0)
        {
            calls.Closures.Add(callee);
            index = calls.Closures.Count - 1;
        }

        return index;
    }

    private static bool TakesExactly(CodeObject code, int argCount) =>
        !code.Flags.HasFlag(CodeFlags.Generator) && code.ArgCount == argCount && code.KeywordOnlyCount == 0
        && !code.Flags.HasFlag(CodeFlags.VarArgs) && !code.Flags.HasFlag(CodeFlags.VarKeywords);

    /// <summary>A function's compiled code, and the call that only makes .NET compile it (no interpreter: it returns at once).</summary>
    private static (object Compiled, Action WarmUp) FunctionCode(CodeObject code, PyDict globals, DynamicMethod body, JitClosure closure, HashSet<int> loopHeaders)
    {
        var compiled = new CompiledCode(globals, EmitEntry(code, body, closure), loopHeaders) { DirectBody = DirectBodyOf(code, body, closure) };
        return (compiled, WarmUp);

        void WarmUp()
        {
            compiled.Entry(null!, null, new Value[code.ParameterCount], 0, 0);
            WarmUpLongBody(closure);
            foreach (var callee in closure.Callees)
            {
                WarmUpLongBody(callee);
            }
        }
    }

    /// <summary>
    /// Without an interpreter a long entry returns at once too; called by reflection, as only
    /// compiled code calls it. A callee's is warmed by its callers: it may be lowered after the
    /// callee was installed.
    /// </summary>
    private static void WarmUpLongBody(JitClosure closure)
    {
        if (closure.LongBody is { } longBody)
        {
            longBody.Invoke(null, [closure, null, .. Enumerable.Repeat<object?>(0L, closure.Code.ParameterCount)]);
        }
    }

    /// <summary>A generator's compiled body, and the call that only makes .NET compile it.</summary>
    private static (object Compiled, Action WarmUp) GeneratorCode(PyDict globals, DynamicMethod body, JitClosure closure)
    {
        var compiled = new CompiledGenerator(globals, (CompiledGeneratorBody)body.CreateDelegate(typeof(CompiledGeneratorBody), closure), closure.Code.ExceptionTable.Length > 0);
        return (compiled, () => compiled.Body(null!, null!, 0, null, null));
    }

    /// <summary>
    /// The VM's entry: loads the bound parameters from the frame window and calls the body with
    /// them (and the function, if the body takes it); for on-stack replacement it first leaves the
    /// window and loop header in the closure.
    /// </summary>
    private static CompiledEntry EmitEntry(CodeObject code, DynamicMethod body, JitClosure closure)
    {
        const int StackArg = 3, BaseArg = 4, StartPcArg = 5;
        Type[] parameters = [typeof(JitClosure), typeof(Interpreter), typeof(PyFunction), typeof(Value[]), typeof(int), typeof(int)];
        var entry = new DynamicMethod(code.QualifiedName + " entry", typeof(Value), parameters, typeof(JitCompiler).Module, skipVisibility: true);
        var il = new IlEmitter(entry.GetILGenerator(), typeof(Value), parameters, record: false);
        var call = il.DefineLabel();
        il.Ldarg(StartPcArg);
        il.Branch(OpCodes.Brfalse, call);
        il.Ldarg(0);
        il.Ldarg(StackArg);
        il.Stfld(RuntimeMembers.ClosureOsrStack);
        il.Ldarg(0);
        il.Ldarg(BaseArg);
        il.Stfld(RuntimeMembers.ClosureOsrBase);
        il.Ldarg(0);
        il.Ldarg(StartPcArg);
        il.Stfld(RuntimeMembers.ClosureOsrPc);
        il.MarkLabel(call);
        il.Ldarg(0);
        il.Ldarg(1);
        if (FunctionLowering.TakesFunction(code))
        {
            il.Ldarg(2);
        }

        for (var slot = 0; slot < code.ParameterCount; slot++)
        {
            il.Ldarg(StackArg);
            il.Ldarg(BaseArg);
            il.LdcI4(slot);
            il.Arithmetic(OpCodes.Add);
            il.Ldelem(typeof(Value));
        }

        il.Call(body);
        il.Ret();
        return (CompiledEntry)entry.CreateDelegate(typeof(CompiledEntry), closure);
    }

    private static Delegate? DirectBodyOf(CodeObject code, DynamicMethod body, JitClosure closure)
    {
        var type = (FunctionLowering.TakesFunction(code), code.ParameterCount) switch
        {
            (false, 0) => typeof(Func<Interpreter, Value>),
            (false, 1) => typeof(Func<Interpreter, Value, Value>),
            (false, 2) => typeof(Func<Interpreter, Value, Value, Value>),
            (false, 3) => typeof(Func<Interpreter, Value, Value, Value, Value>),
            (false, 4) => typeof(Func<Interpreter, Value, Value, Value, Value, Value>),
            (true, 0) => typeof(Func<Interpreter, PyFunction, Value>),
            (true, 1) => typeof(Func<Interpreter, PyFunction, Value, Value>),
            (true, 2) => typeof(Func<Interpreter, PyFunction, Value, Value, Value>),
            (true, 3) => typeof(Func<Interpreter, PyFunction, Value, Value, Value, Value>),
            (true, 4) => typeof(Func<Interpreter, PyFunction, Value, Value, Value, Value, Value>),
            _ => null,
        };
        return type is not null && TakesExactly(code, code.ParameterCount) ? body.CreateDelegate(type, closure) : null;
    }

    /// <summary>Compiled code .NET rejected off the VM's thread: refused, as a lowering error is.</summary>
    private void ReportInstallFailures()
    {
        if (_installer is null)
        {
            return;
        }

        foreach (var (name, reason) in _installer.TakeFailures())
        {
            Refused.Add((name, $"internal error: {reason}"));
            Report($"[jit] refused {name}: internal error: {reason}");
#if DEBUG
            throw new InvalidOperationException($"the CIL tier's code for {name} failed to compile: {reason}");
#endif
        }
    }

    private void Report(string text)
    {
        if (!options.Stats && !options.DumpIl)
        {
            return;
        }

        if (!options.Stats && text.StartsWith("[jit]", StringComparison.Ordinal))
        {
            return;
        }

        output.Flush();
        diagnostics.Write(text.EndsWith('\n') ? text : text + "\n");
        diagnostics.Flush();
    }
}
