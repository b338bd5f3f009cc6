using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Membership.Tests.Modules;

/// <summary>The module switch "Modules.Membership": off → 403 Framework:ModuleNotEnabled; the data stays and is back when on again.</summary>
public abstract class MembershipModuleSwitchTests(ApiFixture fixture)
{
    private const string Items = MembershipRequests.MembersApi;

    [Fact]
    public async Task A_new_company_has_the_module_off_and_its_endpoints_answer_403_module_not_enabled()
    {
        var session = await fixture.SignUpAsync();

        var problem = await (await session.Admin.GetAsync(Items)).ReadProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().ShouldBe("Framework:ModuleNotEnabled");
    }

    [Fact]
    public async Task Switched_off_the_data_stays_and_switched_on_again_it_is_back()
    {
        var session = await fixture.SignUpWithMembershipAsync();
        var item = await session.Admin.PostJsonAsync<JsonElement>(Items, MembershipRequests.Person("Kept"));

        await session.SetMembershipModuleAsync(false);
        await (await session.Admin.GetAsync($"{Items}/{item.Id()}")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await session.SetMembershipModuleAsync(true);

        (await session.Admin.GetJsonAsync<JsonElement>($"{Items}/{item.Id()}")).GetProperty("name").GetString().ShouldBe("Kept");
    }
}

public sealed class MembershipModuleSwitchTestsOnSqlite(SqliteApiFixture fixture) : MembershipModuleSwitchTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class MembershipModuleSwitchTestsOnPostgreSql(PostgreSqlApiFixture fixture) : MembershipModuleSwitchTests(fixture), IClassFixture<PostgreSqlApiFixture>;
