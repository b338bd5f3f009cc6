using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Host;

public abstract class TenantApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task Lists_tenants_paged_and_filtered_by_name_or_slug_and_state()
    {
        var marker = "l" + Guid.NewGuid().ToString("N")[..6];
        var tenants = new List<TenantSession>();
        for (var i = 0; i < 3; i++)
        {
            tenants.Add(await fixture.SignUpAsync(TestAccounts.NewSlug(marker)));
        }

        var host = await HostAdmin.SignInAsync(fixture);
        await host.PostAsync($"/api/host/tenants/{tenants[0].TenantId}/deactivate", null);

        var firstPage = await host.GetJsonAsync<JsonElement>($"/api/host/tenants?filter={marker}&maxResultCount=2");
        var secondPage = await host.GetJsonAsync<JsonElement>($"/api/host/tenants?filter={marker}&maxResultCount=2&skipCount=2");
        var byName = await host.GetJsonAsync<JsonElement>($"/api/host/tenants?filter={Uri.EscapeDataString("COMPANY " + tenants[1].Slug)}");
        var inactive = await host.GetJsonAsync<JsonElement>($"/api/host/tenants?filter={marker}&isActive=false");

        firstPage.GetProperty("totalCount").GetInt64().ShouldBe(3);
        firstPage.GetProperty("items").GetArrayLength().ShouldBe(2);
        secondPage.GetProperty("items").GetArrayLength().ShouldBe(1);
        Ids(firstPage).Concat(Ids(secondPage)).ShouldBe(tenants.Select(t => t.TenantId), ignoreOrder: true);
        Ids(byName).ShouldBe([tenants[1].TenantId]);
        Ids(inactive).ShouldBe([tenants[0].TenantId]);
    }

    [Fact]
    public async Task Gets_a_tenant_without_its_connection_string()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);

        var dto = await host.GetJsonAsync<JsonElement>($"/api/host/tenants/{tenant.TenantId}");

        dto.GetProperty("slug").GetString().ShouldBe(tenant.Slug);
        dto.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        dto.GetProperty("hasConnectionString").GetBoolean().ShouldBeFalse();
        dto.TryGetProperty("connectionString", out _).ShouldBeFalse();
        dto.GetProperty("concurrencyStamp").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Renames_a_tenant_and_refuses_a_stale_concurrency_stamp()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);
        var read = await host.GetJsonAsync<JsonElement>($"/api/host/tenants/{tenant.TenantId}");
        var stamp = read.GetProperty("concurrencyStamp").GetString();

        var renamed = await (await host.PutAsync($"/api/host/tenants/{tenant.TenantId}", new { name = "Renamed Co.", concurrencyStamp = stamp })).ReadAsAsync<JsonElement>();
        var stale = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}", new { name = "Lost update", concurrencyStamp = stamp });
        var staleNoChange = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}", new { name = "Renamed Co.", concurrencyStamp = stamp });

        renamed.GetProperty("name").GetString().ShouldBe("Renamed Co.");
        renamed.GetProperty("concurrencyStamp").GetString().ShouldNotBe(stamp);
        (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Framework:ConcurrencyConflict");
        (await staleNoChange.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Framework:ConcurrencyConflict");
        (await host.GetJsonAsync<JsonElement>($"/api/host/tenants/{tenant.TenantId}")).GetProperty("name").GetString().ShouldBe("Renamed Co.");
    }

    [Fact]
    public async Task A_deactivated_tenant_is_refused_by_name_and_for_its_signed_in_users_until_activated()
    {
        var tenant = await fixture.SignUpAsync();
        (await fixture.Anonymous(tenant.Slug).GetAsync("/api/application-configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tenant.Admin.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var host = await HostAdmin.SignInAsync(fixture);

        var deactivated = await (await host.PostAsync($"/api/host/tenants/{tenant.TenantId}/deactivate", null)).ReadAsAsync<JsonElement>();

        deactivated.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        var byHeader = await fixture.Anonymous(tenant.Slug).GetAsync("/api/application-configuration");
        (await byHeader.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:TenantInactive");
        var signedIn = await tenant.Admin.GetAsync("/api/account/me");
        (await signedIn.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:TenantInactive");
        var signIn = await fixture.Anonymous().PostAsync("/api/account/sign-in", new { tenant = tenant.Slug, userName = "admin", password = TestAccounts.AdminPassword });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await host.PostAsync($"/api/host/tenants/{tenant.TenantId}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await tenant.Admin.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fixture.Anonymous(tenant.Slug).GetAsync("/api/application-configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Assigns_an_edition_and_refuses_an_unknown_one()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);
        var edition = await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = "Edition " + Guid.NewGuid().ToString("N")[..8] });

        var assigned = await (await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/edition", new { editionId = edition.GetProperty("id").GetGuid() })).ReadAsAsync<JsonElement>();
        var unknown = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/edition", new { editionId = Guid.NewGuid() });
        var cleared = await (await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/edition", new { editionId = (Guid?)null })).ReadAsAsync<JsonElement>();

        assigned.GetProperty("editionName").GetString().ShouldBe(edition.GetProperty("name").GetString());
        (await unknown.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownEdition");
        cleared.GetProperty("editionId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Sets_and_clears_a_tenants_own_connection_string()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);

        var set = await (await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/connection-string", new { connectionString = "Host=db.internal;Database=big_co;Username=app;Password=secret" })).ReadAsAsync<JsonElement>();
        var malformed = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/connection-string", new { connectionString = "not a connection string" });
        var tooLong = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/connection-string", new { connectionString = "Data Source=" + new string('x', 1100) });
        var cleared = await (await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/connection-string", new { connectionString = (string?)null })).ReadAsAsync<JsonElement>();

        set.GetProperty("hasConnectionString").GetBoolean().ShouldBeTrue();
        (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("connectionString", out _).ShouldBeTrue();
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("connectionString", out _).ShouldBeTrue();
        cleared.GetProperty("hasConnectionString").GetBoolean().ShouldBeFalse();
        (await tenant.Admin.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the tenant is back on the shared database");
    }

    [Fact]
    public async Task Tenant_users_get_403_on_host_endpoints_even_as_admins()
    {
        var tenant = await fixture.SignUpAsync();

        var list = await tenant.Admin.GetAsync("/api/host/tenants");
        var deactivate = await tenant.Admin.PostAsync($"/api/host/tenants/{tenant.TenantId}/deactivate", null);
        var editions = await tenant.Admin.GetAsync("/api/host/editions");

        (await list.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
        (await deactivate.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
        (await editions.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Framework:PermissionDenied");
        (await tenant.Admin.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the tenant was not deactivated");
    }

    [Fact]
    public async Task Bad_input_answers_400_404_never_500()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);

        var unknownGet = await host.GetAsync($"/api/host/tenants/{Guid.NewGuid()}");
        var unknownUpdate = await host.PutAsync($"/api/host/tenants/{Guid.NewGuid()}", new { name = "X" });
        var unknownActivate = await host.PostAsync($"/api/host/tenants/{Guid.NewGuid()}/activate", null);
        var tooLong = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}", new { name = new string('x', 129) });
        var blank = await host.PutAsync($"/api/host/tenants/{tenant.TenantId}", new { name = "   " });
        var malformed = await host.Http.PutAsync($"/api/host/tenants/{tenant.TenantId}", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var hugePage = await host.GetAsync("/api/host/tenants?maxResultCount=5000");
        var notANumber = await host.GetAsync("/api/host/tenants?skipCount=abc");

        (await unknownGet.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("Framework:EntityNotFound");
        await unknownUpdate.ReadProblemAsync(HttpStatusCode.NotFound);
        await unknownActivate.ReadProblemAsync(HttpStatusCode.NotFound);
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await blank.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("Framework:BadRequest");
        (await hugePage.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("maxResultCount", out _).ShouldBeTrue();
        await notANumber.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid());
}

public sealed class TenantApiTestsOnSqlite(SqliteApiFixture fixture) : TenantApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class TenantApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : TenantApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
