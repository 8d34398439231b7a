#if !NET
namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init-only properties compile for .NET Framework, which lacks this marker type.</summary>
internal static class IsExternalInit
{
}
#endif
