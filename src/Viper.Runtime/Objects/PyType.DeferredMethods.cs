using System.Runtime.CompilerServices;

namespace Viper.Runtime.Objects;

/// <summary>
/// The builtin types' methods go into their namespaces on the first look at any builtin type's
/// namespace, not at start-up: creating a thousand builtin method objects (each a delegate whose
/// method ReadyToRun code must be bound) was a good part of <c>viper -c pass</c>, which never looks
/// one up. The types are shared by every runtime in the process, so the installation runs once,
/// under a lock, and a thread looking while another installs waits for it.
/// </summary>
public sealed partial class PyType
{
    private static readonly Lock DeferredMethodsLock = new();
    private static volatile Action? _deferredBuiltinMethods;

    /// <summary>Set while the installing thread runs the installation, whose own namespace writes must not start it again.</summary>
    private static bool _installingBuiltinMethods;

    /// <summary>Registers what installs the builtin types' methods, run when a namespace is first read or written.</summary>
    internal static void DeferBuiltinMethods(Action install) => _deferredBuiltinMethods = install;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnsureBuiltinMethods()
    {
        if (_deferredBuiltinMethods is not null)
        {
            InstallBuiltinMethods();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InstallBuiltinMethods()
    {
        lock (DeferredMethodsLock)
        {
            if (_deferredBuiltinMethods is not { } install || _installingBuiltinMethods)
            {
                return;
            }

            _installingBuiltinMethods = true;
            try
            {
                install();
            }
            finally
            {
                _installingBuiltinMethods = false;
            }

            _deferredBuiltinMethods = null;
        }
    }
}
