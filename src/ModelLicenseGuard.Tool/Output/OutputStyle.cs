namespace ModelLicenseGuard.Tool.Output;

/// <summary>The output formats of every command.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Sarif,
    CycloneDx,
}

/// <summary>How results are written: the format, whether in colour (a terminal only), and whether stderr stays quiet.</summary>
internal sealed record OutputStyle(OutputFormat Format, bool Color, bool Quiet);
