using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>Raw-body uploads with the name in X-File-Name, as the API expects them.</summary>
internal static class BlobClient
{
    public static string FilesUrl(JsonElement instance, int stepIndex = 0, int deliverableIndex = 0)
    {
        var step = StepAt(instance, stepIndex);
        return $"{Instances}/{instance.GetProperty("id").GetGuid()}/steps/{step.GetProperty("id").GetGuid()}/deliverables/{step.GetProperty("deliverables")[deliverableIndex].GetProperty("id").GetGuid()}/files";
    }

    public static string AttachmentsUrl(Guid requestId) => $"/api/approvals/requests/{requestId}/attachments";

    public static Task<HttpResponseMessage> UploadAsync(this ApiClient client, string url, byte[] content, string? fileName, bool chunked = false)
    {
        HttpContent body = chunked ? new StreamContent(new NonSeekableStream(content)) : new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body };
        if (fileName is not null)
        {
            request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        }

        return client.Http.SendAsync(request);
    }

    public static async Task<JsonElement> UploadJsonAsync(this ApiClient client, string url, byte[] content, string fileName)
    {
        var response = await client.UploadAsync(url, content, fileName);
        return await response.ReadAsAsync<JsonElement>();
    }

    /// <summary>A GET with a raw <c>Range</c> header (and <c>If-Range</c> when given), sent as written.</summary>
    public static Task<HttpResponseMessage> GetRangeAsync(this ApiClient client, string url, string range, string? ifRange = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Range", range);
        if (ifRange is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Range", ifRange);
        }

        return client.Http.SendAsync(request);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Hides the length, so the request goes out chunked with no Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
