using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Host;

public abstract class EditionApiTests(ApiFixture fixture)
{
    private const string MaxUserCount = "Platform.MaxUserCount";

    [Fact]
    public async Task Creates_lists_renames_and_deletes_an_edition()
    {
        var host = await HostAdmin.SignInAsync(fixture);
        var name = NewName();

        var createdResponse = await host.PostAsync("/api/host/editions", new { name });
        createdResponse.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await createdResponse.ReadAsAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        createdResponse.Headers.Location!.ToString().ShouldBe($"/api/host/editions/{id}");
        var listed = await host.GetJsonAsync<JsonElement>($"/api/host/editions?filter={name.ToUpperInvariant()}");
        listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ShouldBe([id]);
        var all = await host.GetJsonAsync<JsonElement>("/api/host/editions?maxResultCount=1000");
        all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldContain("Standard");

        var renamed = await (await host.PutAsync($"/api/host/editions/{id}", new { name = name + "-2", concurrencyStamp = created.GetProperty("concurrencyStamp").GetString() })).ReadAsAsync<JsonElement>();
        renamed.GetProperty("name").GetString().ShouldBe(name + "-2");

        (await host.DeleteAsync($"/api/host/editions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.GetAsync($"/api/host/editions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Duplicate_names_are_refused_on_create_and_rename()
    {
        var host = await HostAdmin.SignInAsync(fixture);
        var first = await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() });
        var second = await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() });

        var create = await host.PostAsync("/api/host/editions", new { name = first.GetProperty("name").GetString() });
        var rename = await host.PutAsync($"/api/host/editions/{second.GetProperty("id").GetGuid()}", new { name = first.GetProperty("name").GetString() });

        (await create.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:EditionNameTaken");
        (await rename.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:EditionNameTaken");
    }

    [Fact]
    public async Task An_edition_in_use_cannot_be_deleted_until_its_tenants_leave_it()
    {
        var tenant = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);
        var edition = await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() });
        var id = edition.GetProperty("id").GetGuid();
        (await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/edition", new { editionId = id })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await host.DeleteAsync($"/api/host/editions/{id}");

        (await refused.ReadProblemAsync((HttpStatusCode)422)).GetProperty("code").GetString().ShouldBe("MarketingSaaS:EditionInUse");
        (await host.GetAsync($"/api/host/editions/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await host.PutAsync($"/api/host/tenants/{tenant.TenantId}/edition", new { editionId = (Guid?)null });

        (await host.DeleteAsync($"/api/host/editions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Reads_and_writes_an_editions_feature_values()
    {
        var host = await HostAdmin.SignInAsync(fixture);
        var id = (await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() })).GetProperty("id").GetGuid();

        var before = Feature(await host.GetJsonAsync<JsonElement>($"/api/host/editions/{id}/features"), MaxUserCount);
        var set = Feature(await (await host.PutAsync($"/api/host/editions/{id}/features", new { features = new[] { new { name = MaxUserCount, value = (string?)"500" } } })).ReadAsAsync<JsonElement>(), MaxUserCount);
        var reread = Feature(await host.GetJsonAsync<JsonElement>($"/api/host/editions/{id}/features"), MaxUserCount);
        var cleared = Feature(await (await host.PutAsync($"/api/host/editions/{id}/features", new { features = new[] { new { name = MaxUserCount, value = (string?)null } } })).ReadAsAsync<JsonElement>(), MaxUserCount);

        before.GetProperty("defaultValue").GetString().ShouldBe("200");
        before.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        set.GetProperty("value").GetString().ShouldBe("500");
        reread.GetProperty("value").GetString().ShouldBe("500");
        cleared.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Unknown_features_and_over_long_values_are_refused()
    {
        var host = await HostAdmin.SignInAsync(fixture);
        var id = (await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() })).GetProperty("id").GetGuid();

        var unknown = await host.PutAsync($"/api/host/editions/{id}/features", new { features = new[] { new { name = "No.Such.Feature", value = "1" } } });
        var tooLong = await host.PutAsync($"/api/host/editions/{id}/features", new { features = new[] { new { name = MaxUserCount, value = new string('9', 300) } } });
        var unknownEdition = await host.PutAsync($"/api/host/editions/{Guid.NewGuid()}/features", new { features = new[] { new { name = MaxUserCount, value = "1" } } });

        var problem = await unknown.ReadProblemAsync((HttpStatusCode)422);
        problem.GetProperty("code").GetString().ShouldBe("MarketingSaaS:UnknownFeature");
        problem.GetProperty("title").GetString()!.ShouldContain("No.Such.Feature");
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("features[0].value", out _).ShouldBeTrue();
        await unknownEdition.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Edition_values_reach_the_tenants_on_it_unless_a_tenant_has_its_own()
    {
        var onEdition = await fixture.SignUpAsync();
        var withOwnValue = await fixture.SignUpAsync();
        var host = await HostAdmin.SignInAsync(fixture);
        var id = (await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() })).GetProperty("id").GetGuid();
        (await MaxUsersAsync(onEdition)).ShouldBe("200");

        await host.PutAsync($"/api/host/editions/{id}/features", new { features = new[] { new { name = MaxUserCount, value = "500" } } });
        await host.PutAsync($"/api/host/tenants/{onEdition.TenantId}/edition", new { editionId = id });
        await host.PutAsync($"/api/host/tenants/{withOwnValue.TenantId}/edition", new { editionId = id });
        await HostTestData.SetTenantFeatureValueAsync(fixture, withOwnValue.TenantId, MaxUserCount, "50");

        (await MaxUsersAsync(onEdition)).ShouldBe("500");
        (await MaxUsersAsync(withOwnValue)).ShouldBe("50");

        await host.PutAsync($"/api/host/editions/{id}/features", new { features = new[] { new { name = MaxUserCount, value = "600" } } });
        (await MaxUsersAsync(onEdition)).ShouldBe("600", "changing the edition's value refreshes the cache");

        await host.PutAsync($"/api/host/tenants/{onEdition.TenantId}/edition", new { editionId = (Guid?)null });
        (await MaxUsersAsync(onEdition)).ShouldBe("200", "without an edition the default applies again");
    }

    [Fact]
    public async Task Bad_input_answers_400_404_409_never_500()
    {
        var host = await HostAdmin.SignInAsync(fixture);
        var edition = await host.PostJsonAsync<JsonElement>("/api/host/editions", new { name = NewName() });
        var id = edition.GetProperty("id").GetGuid();
        var stamp = edition.GetProperty("concurrencyStamp").GetString();
        (await host.PutAsync($"/api/host/editions/{id}", new { name = NewName(), concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stale = await host.PutAsync($"/api/host/editions/{id}", new { name = NewName(), concurrencyStamp = stamp });
        var tooLong = await host.PostAsync("/api/host/editions", new { name = new string('x', 65) });
        var missing = await host.PostAsync("/api/host/editions", new { });
        var malformed = await host.Http.PostAsync("/api/host/editions", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        var unknownGet = await host.GetAsync($"/api/host/editions/{Guid.NewGuid()}");
        var unknownDelete = await host.DeleteAsync($"/api/host/editions/{Guid.NewGuid()}");
        var unknownFeatures = await host.GetAsync($"/api/host/editions/{Guid.NewGuid()}/features");

        (await stale.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Framework:ConcurrencyConflict");
        (await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await missing.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("Framework:BadRequest");
        await unknownGet.ReadProblemAsync(HttpStatusCode.NotFound);
        await unknownDelete.ReadProblemAsync(HttpStatusCode.NotFound);
        await unknownFeatures.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static string NewName() => "Ed-" + Guid.NewGuid().ToString("N")[..10];

    private static JsonElement Feature(JsonElement features, string name) =>
        features.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    private static async Task<string?> MaxUsersAsync(TenantSession tenant) =>
        (await tenant.Admin.GetJsonAsync<JsonElement>("/api/application-configuration")).GetProperty("features").GetProperty(MaxUserCount).GetString();
}

public sealed class EditionApiTestsOnSqlite(SqliteApiFixture fixture) : EditionApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class EditionApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : EditionApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
