from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from madoguchi.core.views import crumbs
from madoguchi.evaluation.selectors import policy_list


def plan_overview(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "evaluation/plan.html",
        {"policies": policy_list(), "breadcrumbs": crumbs(_("Master plan: policies 24 to 26"))},
    )
