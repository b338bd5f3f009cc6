using System.Text.Json;
using MarketingSaaS.BackgroundJobs;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Identity;
using MarketingSaaS.Permissions;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// Host operators see a company job's arguments and last error as "[redacted]" unless they hold
/// Host.BackgroundJobs.ReadArguments (not part of the host-admin role); each unredacted read lands in that company's audit log.
/// </summary>
public abstract class BackgroundJobArgumentsRedactionTests(ApiFixture fixture)
{
    private const string Password = "Reader@12345";
    private readonly BackgroundJobTestContext _jobs = new(fixture);

    [Fact]
    public async Task A_host_operator_without_the_permission_sees_a_companys_job_arguments_redacted()
    {
        var (_, job, _) = await EnqueueCompanyJobAsync();
        var host = await HostAdmin.SignInAsync(fixture);

        (await ArgsAsync(host, job)).ShouldBe(BackgroundJobArgumentsAccess.Redacted);
    }

    [Fact]
    public async Task A_host_operator_with_the_permission_sees_a_companys_job_arguments()
    {
        var (_, job, marker) = await EnqueueCompanyJobAsync();
        var reader = await SignInReaderAsync();

        (await ArgsAsync(reader, job) ?? "").ShouldContain(marker);
    }

    [Fact]
    public async Task An_unredacted_read_is_in_the_companys_audit_log_with_the_operator()
    {
        var (company, job, _) = await EnqueueCompanyJobAsync();
        var reader = await SignInReaderAsync();
        await ArgsAsync(reader, job);

        var entries = await AuditEntriesAsync(company, job);

        entries.Select(e => e.GetProperty("userName").GetString()).ShouldBe([_readerName]);
    }

    [Fact]
    public async Task A_redacted_read_writes_no_audit_entry()
    {
        var (company, job, _) = await EnqueueCompanyJobAsync();
        var host = await HostAdmin.SignInAsync(fixture);
        await ArgsAsync(host, job);

        (await AuditEntriesAsync(company, job)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_company_admin_sees_the_companys_own_job_arguments()
    {
        var (company, job, marker) = await EnqueueCompanyJobAsync();

        (await ArgsAsync(company.Admin, job) ?? "").ShouldContain(marker);
    }

    [Fact]
    public async Task A_host_operator_without_the_permission_sees_a_host_jobs_arguments()
    {
        var marker = Guid.NewGuid().ToString();
        var job = await _jobs.EnqueueAsync(null, new CountingJobArgs(marker), new(Delay: TimeSpan.FromDays(365)));
        var host = await HostAdmin.SignInAsync(fixture);

        (await ArgsAsync(host, job) ?? "").ShouldContain(marker);
    }

    [Fact]
    public async Task A_host_operator_without_the_permission_sees_a_companys_job_error_redacted()
    {
        var (_, job, _) = await FailCompanyJobAsync();
        var host = await HostAdmin.SignInAsync(fixture);

        var details = await DetailsAsync(host, job);

        details.GetProperty("lastError").GetString().ShouldBe(BackgroundJobArgumentsAccess.Redacted);
        details.GetProperty("argsJson").GetString().ShouldBe(BackgroundJobArgumentsAccess.Redacted);
    }

    [Fact]
    public async Task A_company_job_that_never_failed_shows_no_error_to_a_host_operator_without_the_permission()
    {
        var (_, job, _) = await EnqueueCompanyJobAsync();
        var host = await HostAdmin.SignInAsync(fixture);

        (await DetailsAsync(host, job)).GetProperty("lastError").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_host_operator_with_the_permission_sees_a_companys_job_error_and_the_read_is_audited_once()
    {
        var (company, job, marker) = await FailCompanyJobAsync();
        var reader = await SignInReaderAsync();

        var details = await DetailsAsync(reader, job);

        (details.GetProperty("lastError").GetString() ?? "").ShouldContain(marker);
        (details.GetProperty("argsJson").GetString() ?? "").ShouldContain(marker);
        (await AuditEntriesAsync(company, job)).Select(e => e.GetProperty("userName").GetString()).ShouldBe([_readerName]);
    }

    [Fact]
    public async Task A_company_admin_sees_the_companys_own_job_error()
    {
        var (company, job, marker) = await FailCompanyJobAsync();

        ((await DetailsAsync(company.Admin, job)).GetProperty("lastError").GetString() ?? "").ShouldContain(marker);
    }

    /// <summary>A company job whose first try failed with an error naming its marker (the next try waits on the test clock).</summary>
    private async Task<(TenantSession Company, Guid Job, string Marker)> FailCompanyJobAsync()
    {
        var company = await fixture.SignUpAsync();
        var marker = Guid.NewGuid().ToString();
        var job = await _jobs.EnqueueAsync(company.TenantId, new CountingJobArgs(marker, FailTimes: 100));
        await BackgroundJobTestContext.DrainAsync(_jobs.Worker);
        (await _jobs.FindAsync(job))!.LastError.ShouldNotBeNull().ShouldContain(marker);
        return (company, job, marker);
    }

    private static Task<JsonElement> DetailsAsync(ApiClient client, Guid job) =>
        client.GetJsonAsync<JsonElement>($"/api/background-jobs/{job}");

    private string _readerName = "";

    private async Task<(TenantSession Company, Guid Job, string Marker)> EnqueueCompanyJobAsync()
    {
        var company = await fixture.SignUpAsync();
        var marker = Guid.NewGuid().ToString();
        var job = await _jobs.EnqueueAsync(company.TenantId, new CountingJobArgs(marker), new(Delay: TimeSpan.FromDays(365)));
        return (company, job, marker);
    }

    private static async Task<string?> ArgsAsync(ApiClient client, Guid job) =>
        (await client.GetJsonAsync<JsonElement>($"/api/background-jobs/{job}")).GetProperty("argsJson").GetString();

    private static async Task<List<JsonElement>> AuditEntriesAsync(TenantSession company, Guid job) =>
        (await company.Admin.GetJsonAsync<JsonElement>($"/api/audit-logs?entityType={BackgroundJobArgumentsAccess.AuditEntityType}&entityId={job}&maxResultCount=100"))
            .GetProperty("items").EnumerateArray().ToList();

    /// <summary>A second host operator holding the permission by a per-user grant.</summary>
    private async Task<ApiClient> SignInReaderAsync()
    {
        _readerName = "reader" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = fixture.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null))
        {
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            var reader = new HostUser(Guid.NewGuid(), _readerName, _readerName + "@host.local");
            reader.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<HostUser>>().HashPassword(reader, Password);
            context.HostUsers.Add(reader);
            context.HostPermissionGrants.Add(new HostPermissionGrant(
                Guid.NewGuid(), MarketingSaaSPermissions.BackgroundJobs.ReadArguments, PermissionGrantProviders.User, reader.Id.ToString()));
            await context.SaveChangesAsync();
        }

        return await HostAdmin.SignInAsync(fixture, _readerName, Password);
    }
}

public sealed class BackgroundJobArgumentsRedactionTestsOnSqlite(BackgroundJobSqliteFixture fixture) : BackgroundJobArgumentsRedactionTests(fixture), IClassFixture<BackgroundJobSqliteFixture>;

public sealed class BackgroundJobArgumentsRedactionTestsOnPostgreSql(BackgroundJobPostgreSqlFixture fixture) : BackgroundJobArgumentsRedactionTests(fixture), IClassFixture<BackgroundJobPostgreSqlFixture>;
