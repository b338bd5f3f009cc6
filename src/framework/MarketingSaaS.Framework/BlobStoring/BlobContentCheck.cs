namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>How a file's content proves its kind.</summary>
public enum BlobContentCheck
{
    /// <summary>Fixed bytes at the start (magic number).</summary>
    Signature,

    /// <summary>A ZIP signature and an Office Open XML part folder inside the archive.</summary>
    OfficeOpenXml,

    /// <summary>No signature: valid UTF-8 without control characters other than tab, CR, LF and form feed.</summary>
    Utf8Text,
}
