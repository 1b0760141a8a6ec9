namespace Viper.Frontend.Scopes;

/// <summary>What the first pass of scope analysis saw a scope do with a name (CPython's DEF_* flags).</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    Used = 1,
    Assigned = 2,
    Parameter = 4,
    DeclaredGlobal = 8,
    DeclaredNonlocal = 16,
}
