from django.contrib.auth.decorators import login_required
from django.urls import path

from madoguchi.accounts import views

app_name = "accounts"

urlpatterns = [
    path("accounts/login/", views.login_view, name="login"),
    path("accounts/logout/", views.logout_view, name="logout"),
    path("accounts/logout/everywhere/", views.logout_everywhere_view, name="logout_everywhere"),
    path("accounts/register/", views.register_view, name="register"),
    path("accounts/register/sent/", views.register_done_view, name="register_done"),
    path("accounts/register/resend/", views.resend_verification_view, name="resend_verification"),
    path("accounts/verify/<str:token>/", views.verify_email_view, name="verify_email"),
    path("accounts/mypage/", views.mypage_view, name="mypage"),
    path(
        "accounts/password/change/",
        login_required(views.PasswordChangeView.as_view()),
        name="password_change",
    ),
    path(
        "accounts/password/change/done/",
        login_required(views.PasswordChangeDoneView.as_view()),
        name="password_change_done",
    ),
    path("accounts/password/reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password/reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("staff/2fa/setup/", views.otp_setup_view, name="otp_setup"),
    path("staff/2fa/", views.otp_verify_view, name="otp_verify"),
    path("staff/", views.staff_dashboard_view, name="staff_dashboard"),
    path(
        "staff/departments/<slug:code>/", views.department_members_view, name="department_members"
    ),
    path("staff/identity/", views.identity_verify_view, name="identity_verify"),
]
