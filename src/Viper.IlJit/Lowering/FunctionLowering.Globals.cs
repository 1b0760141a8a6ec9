using System.Reflection.Emit;
using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>
/// LOAD_GLOBAL and STORE_GLOBAL against the globals (and builtins) the code was compiled for:
/// the entry where the name lived at compile time is baked in, guarded by the dicts' keys versions
/// (which change whenever a key is added or removed), with the VM's cached lookup as the fallback.
/// </summary>
internal sealed partial class FunctionLowering
{
    private void EmitLoadGlobal(int pc)
    {
        var done = _il.DefineLabel();
        if (TryEmitWatchedCalleeRead(pc, done))
        {
            _il.MarkLabel(done);
            return;
        }

        EmitGlobalRead(pc, done);
        _il.MarkLabel(done);
    }

    /// <summary>LOAD_GLOBAL's read of the dicts, into its slot's local, ending at <paramref name="done"/> (which the caller marks).</summary>
    private void EmitGlobalRead(int pc, Emission.IlLabel done)
    {
        var dst = Boxed(Out(pc, 0));
        var name = _code.Names[Operand(pc, 1)];
        var globals = _closure.Globals;
        var position = globals.FindString(name);
        var slow = _il.DefineLabel();
        if (position >= 0)
        {
            LoadGlobalEntry(position, slow);
            _il.Ldobj(typeof(Value));
            _il.Stloc(dst);
            _il.Branch(OpCodes.Br, done);
        }
        else if (_closure.BuiltinsDict is { } builtins && builtins.FindString(name) is var builtinPosition and >= 0)
        {
            // The entry is read when the code runs, not its value baked in: `builtins.abs = f`
            // rebinds without changing the keys.
            CheckKeysVersion(RuntimeMembers.ClosureGlobals, globals.KeysVersion, slow);
            CheckKeysVersion(RuntimeMembers.ClosureBuiltinsDict, builtins.KeysVersion, slow);
            _il.Ldarg(ClosureArg);
            _il.Ldfld(RuntimeMembers.ClosureBuiltinsDict);
            _il.LdcI4(builtinPosition);
            _il.Call(RuntimeMembers.ValueAt);
            _il.Ldobj(typeof(Value));
            _il.Stloc(dst);
            _il.Branch(OpCodes.Br, done);
        }

        _il.MarkLabel(slow);
        SetPc(pc);
        _il.Ldarg(InterpreterArg);
        _il.Ldarg(ClosureArg);
        _il.LdcI4(Operand(pc, 1));
        _il.LdcI4(Operand(pc, 2));
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LoadGlobal)));
        _il.Stloc(dst);
    }

    private void EmitStoreGlobal(int pc)
    {
        var source = In(pc, 0);
        var globals = _closure.Globals;
        var position = globals.FindString(_code.Names[Operand(pc, 1)]);
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        if (position >= 0)
        {
            LoadGlobalEntry(position, slow);
            LoadValue(source);
            _il.Call(RuntimeMembers.GlobalEntryStore);
            _il.Branch(OpCodes.Br, done);
        }

        _il.MarkLabel(slow);
        SetPc(pc);
        _il.Ldarg(ClosureArg);
        _il.LdcI4(Operand(pc, 1));
        _il.LdcI4(Operand(pc, 2));
        LoadValue(source);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.StoreGlobal)));
        _il.MarkLabel(done);
    }

    /// <summary>The address of the globals entry at <paramref name="position"/>, if the globals' keys have not changed since compile time (else to <paramref name="changed"/>).</summary>
    private void LoadGlobalEntry(int position, Emission.IlLabel changed)
    {
        CheckKeysVersion(RuntimeMembers.ClosureGlobals, _closure.Globals.KeysVersion, changed);
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureGlobals);
        _il.LdcI4(position);
        _il.Call(RuntimeMembers.ValueAt);
    }

    /// <summary>Branches to <paramref name="changed"/> unless the dict in <paramref name="dictField"/> still has the keys version seen at compile time.</summary>
    private void CheckKeysVersion(System.Reflection.FieldInfo dictField, int version, Emission.IlLabel changed)
    {
        _il.Ldarg(ClosureArg);
        _il.Ldfld(dictField);
        _il.Call(RuntimeMembers.KeysVersion);
        _il.LdcI4(version);
        _il.CompareBranch(OpCodes.Bne_Un, changed);
    }
}
