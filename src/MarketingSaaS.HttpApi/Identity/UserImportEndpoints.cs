using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Identity.Imports;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Identity;

/// <summary>
/// User import: the raw file as the request body, any Content-Type (CSV or .xlsx, told apart by content), at most
/// <see cref="UserImportFormat.MaxBytes"/> bytes, counted while reading (a missing or false Content-Length does not help).
/// </summary>
public static class UserImportEndpoints
{
    public static IEndpointRouteBuilder MapUserImportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/users").WithTags("Users");
        group.MapGet("/import-template", GetTemplate).RequirePermission(MarketingSaaSPermissions.Users.Create);
        // No Accepts metadata: routing would answer 415 (unlocalized) to a file of another type; the content decides (400).
        group.MapPost("/import", ImportAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);
        return endpoints;
    }

    private static FileContentHttpResult GetTemplate(IUserImportAppService import) =>
        TypedResults.File(import.GetTemplate(), "text/csv; charset=utf-8", "users-import-template.csv");

    private static async Task<Ok<UserImportResultDto>> ImportAsync(HttpRequest request, bool? dryRun, IUserImportAppService import, CancellationToken ct) =>
        TypedResults.Ok(await import.ImportAsync(await ReadBoundedAsync(request, ct), dryRun ?? false, ct));

    private static async Task<byte[]> ReadBoundedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > UserImportFormat.MaxBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > UserImportFormat.MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Framework.ExceptionHandling.FieldValidationException TooLarge() =>
        UserImportFileReader.FileError(UserImportFileReader.TooLargeCode, new() { ["max"] = "1 MB" });
}
