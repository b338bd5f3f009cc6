namespace MarketingSaaS.Blobs;

/// <summary>Error codes of the platform's file features; also the localization keys of their messages.</summary>
public static class BlobErrorCodes
{
    /// <summary>403: only the uploader deletes an attachment.</summary>
    public const string NotFileUploader = "Blobs:NotFileUploader";

    /// <summary>422: attachments change only while the request is pending or returned.</summary>
    public const string ApprovalRequestClosed = "Blobs:ApprovalRequestClosed";
}
