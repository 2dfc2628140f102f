"""The sign-in and consent pages in the browser's language (``Accept-Language``).

A small catalog of its own: the sandbox imports nothing from the client side and no Qt. The
API's content (questions, answers) stays as served; only the pages people read are translated.
"""

# ruff: noqa: RUF001 - the catalog is written in its languages' own letters and apostrophes

from __future__ import annotations

from typing import Any

from flask import request
from markupsafe import Markup, escape

#: Languages of the pages, as HTTP names them (RFC 5646); English is the source.
LANGUAGES = ("en", "es", "pt-BR", "it", "fr", "tr")

CATALOG: dict[str, dict[str, str]] = {
    "es": {
        "Partner sandbox": "Sandbox de socios",
        "Partner API sandbox": "Sandbox de la Partner API",
        "Sign in": "Iniciar sesión",
        "{client} wants to use your sandbox account.": (
            "{client} quiere usar tu cuenta del sandbox."
        ),
        "Username": "Usuario",
        "Password": "Contraseña",
        "Sandbox accounts: {users} — password {password}.": (
            "Cuentas del sandbox: {users}; contraseña {password}."
        ),
        "Allow access?": "¿Permitir el acceso?",
        "Signed in as {username}.": "Sesión iniciada como {username}.",
        "{client} asks to:": "{client} solicita:",
        "see your profile (username and email),": "ver tu perfil (usuario y correo electrónico),",
        "see your fan token balances,": "ver tus saldos de fan tokens,",
        "see the polls you voted in, and vote for you when you ask it to.": (
            "ver las encuestas en las que votaste y votar por ti cuando se lo pidas."
        ),
        "Allow": "Permitir",
        "Deny": "Denegar",
        "Cannot continue": "No se puede continuar",
        "Return to the application and try signing in again.": (
            "Vuelve a la aplicación e intenta iniciar sesión de nuevo."
        ),
        "An application": "Una aplicación",
        "The parameter '{name}' of this sign-in request is not valid.": (
            "El parámetro «{name}» de esta solicitud de inicio de sesión no es válido."
        ),
        "This page has expired or was already used. Start the sign-in again from the app.": (
            "Esta página ha caducado o ya se usó. Vuelve a iniciar sesión desde la aplicación."
        ),
        "Too many wrong passwords. Wait {seconds} seconds, then try again.": (
            "Demasiadas contraseñas incorrectas. Espera {seconds} segundos y vuelve a intentarlo."
        ),
        "The username or password is not right. Please try again.": (
            "El usuario o la contraseña no son correctos. Vuelve a intentarlo."
        ),
        "Please choose Allow or Deny.": "Elige Permitir o Denegar.",
    },
    "pt-BR": {
        "Partner sandbox": "Sandbox de parceiros",
        "Partner API sandbox": "Sandbox da Partner API",
        "Sign in": "Entrar",
        "{client} wants to use your sandbox account.": "{client} quer usar sua conta do sandbox.",
        "Username": "Usuário",
        "Password": "Senha",
        "Sandbox accounts: {users} — password {password}.": (
            "Contas do sandbox: {users} — senha {password}."
        ),
        "Allow access?": "Permitir o acesso?",
        "Signed in as {username}.": "Conectado como {username}.",
        "{client} asks to:": "{client} pede para:",
        "see your profile (username and email),": "ver seu perfil (usuário e e-mail),",
        "see your fan token balances,": "ver seus saldos de fan tokens,",
        "see the polls you voted in, and vote for you when you ask it to.": (
            "ver as enquetes em que você votou e votar por você quando você pedir."
        ),
        "Allow": "Permitir",
        "Deny": "Negar",
        "Cannot continue": "Não é possível continuar",
        "Return to the application and try signing in again.": (
            "Volte ao aplicativo e tente entrar de novo."
        ),
        "An application": "Um aplicativo",
        "The parameter '{name}' of this sign-in request is not valid.": (
            "O parâmetro “{name}” deste pedido de login não é válido."
        ),
        "This page has expired or was already used. Start the sign-in again from the app.": (
            "Esta página expirou ou já foi usada. Comece o login de novo pelo aplicativo."
        ),
        "Too many wrong passwords. Wait {seconds} seconds, then try again.": (
            "Muitas senhas erradas. Aguarde {seconds} segundos e tente de novo."
        ),
        "The username or password is not right. Please try again.": (
            "O usuário ou a senha não estão corretos. Tente de novo."
        ),
        "Please choose Allow or Deny.": "Escolha Permitir ou Negar.",
    },
    "it": {
        "Partner sandbox": "Sandbox partner",
        "Partner API sandbox": "Sandbox della Partner API",
        "Sign in": "Accedi",
        "{client} wants to use your sandbox account.": (
            "{client} vuole usare il tuo account sandbox."
        ),
        "Username": "Nome utente",
        "Password": "Password",
        "Sandbox accounts: {users} — password {password}.": (
            "Account sandbox: {users} — password {password}."
        ),
        "Allow access?": "Consentire l’accesso?",
        "Signed in as {username}.": "Accesso eseguito come {username}.",
        "{client} asks to:": "{client} chiede di:",
        "see your profile (username and email),": "vedere il tuo profilo (nome utente ed email),",
        "see your fan token balances,": "vedere i saldi dei tuoi fan token,",
        "see the polls you voted in, and vote for you when you ask it to.": (
            "vedere i sondaggi in cui hai votato e votare per te quando glielo chiedi."
        ),
        "Allow": "Consenti",
        "Deny": "Nega",
        "Cannot continue": "Impossibile continuare",
        "Return to the application and try signing in again.": (
            "Torna all’applicazione e prova ad accedere di nuovo."
        ),
        "An application": "Un’applicazione",
        "The parameter '{name}' of this sign-in request is not valid.": (
            "Il parametro «{name}» di questa richiesta di accesso non è valido."
        ),
        "This page has expired or was already used. Start the sign-in again from the app.": (
            "Questa pagina è scaduta o è già stata usata. Ricomincia l’accesso dall’app."
        ),
        "Too many wrong passwords. Wait {seconds} seconds, then try again.": (
            "Troppe password errate. Attendi {seconds} secondi, poi riprova."
        ),
        "The username or password is not right. Please try again.": (
            "Il nome utente o la password non sono corretti. Riprova."
        ),
        "Please choose Allow or Deny.": "Scegli Consenti o Nega.",
    },
    "fr": {
        "Partner sandbox": "Bac à sable partenaire",
        "Partner API sandbox": "Bac à sable de la Partner API",
        "Sign in": "Se connecter",
        "{client} wants to use your sandbox account.": (
            "{client} souhaite utiliser votre compte du bac à sable."
        ),
        "Username": "Nom d’utilisateur",
        "Password": "Mot de passe",
        "Sandbox accounts: {users} — password {password}.": (
            "Comptes du bac à sable : {users} — mot de passe {password}."
        ),
        "Allow access?": "Autoriser l’accès ?",
        "Signed in as {username}.": "Connecté en tant que {username}.",
        "{client} asks to:": "{client} demande à :",
        "see your profile (username and email),": (
            "voir votre profil (nom d’utilisateur et adresse e-mail),"
        ),
        "see your fan token balances,": "voir vos soldes de fan tokens,",
        "see the polls you voted in, and vote for you when you ask it to.": (
            "voir les sondages auxquels vous avez voté, et voter pour vous à votre demande."
        ),
        "Allow": "Autoriser",
        "Deny": "Refuser",
        "Cannot continue": "Impossible de continuer",
        "Return to the application and try signing in again.": (
            "Revenez à l’application et recommencez la connexion."
        ),
        "An application": "Une application",
        "The parameter '{name}' of this sign-in request is not valid.": (
            "Le paramètre « {name} » de cette demande de connexion n’est pas valide."
        ),
        "This page has expired or was already used. Start the sign-in again from the app.": (
            "Cette page a expiré ou a déjà servi. Recommencez la connexion depuis l’application."
        ),
        "Too many wrong passwords. Wait {seconds} seconds, then try again.": (
            "Trop de mots de passe erronés. Patientez {seconds} secondes, puis réessayez."
        ),
        "The username or password is not right. Please try again.": (
            "Le nom d’utilisateur ou le mot de passe est incorrect. Veuillez réessayer."
        ),
        "Please choose Allow or Deny.": "Choisissez Autoriser ou Refuser.",
    },
    "tr": {
        "Partner sandbox": "İş ortağı deneme ortamı",
        "Partner API sandbox": "Partner API deneme ortamı",
        "Sign in": "Oturum aç",
        "{client} wants to use your sandbox account.": (
            "{client}, deneme ortamı hesabınızı kullanmak istiyor."
        ),
        "Username": "Kullanıcı adı",
        "Password": "Parola",
        "Sandbox accounts: {users} — password {password}.": (
            "Deneme ortamı hesapları: {users} — parola {password}."
        ),
        "Allow access?": "Erişime izin verilsin mi?",
        "Signed in as {username}.": "{username} olarak oturum açıldı.",
        "{client} asks to:": "{client} şunları istiyor:",
        "see your profile (username and email),": (
            "profilinizi (kullanıcı adı ve e-posta) görmek,"
        ),
        "see your fan token balances,": "taraftar token bakiyelerinizi görmek,",
        "see the polls you voted in, and vote for you when you ask it to.": (
            "oy verdiğiniz anketleri görmek ve siz istediğinizde sizin adınıza oy vermek."
        ),
        "Allow": "İzin ver",
        "Deny": "Reddet",
        "Cannot continue": "Devam edilemiyor",
        "Return to the application and try signing in again.": (
            "Uygulamaya dönüp yeniden oturum açmayı deneyin."
        ),
        "An application": "Bir uygulama",
        "The parameter '{name}' of this sign-in request is not valid.": (
            "Bu oturum açma isteğinin “{name}” parametresi geçerli değil."
        ),
        "This page has expired or was already used. Start the sign-in again from the app.": (
            "Bu sayfanın süresi doldu ya da zaten kullanıldı. Oturum açmayı uygulamadan "
            "yeniden başlatın."
        ),
        "Too many wrong passwords. Wait {seconds} seconds, then try again.": (
            "Çok fazla yanlış parola. {seconds} saniye bekleyip yeniden deneyin."
        ),
        "The username or password is not right. Please try again.": (
            "Kullanıcı adı ya da parola doğru değil. Lütfen yeniden deneyin."
        ),
        "Please choose Allow or Deny.": "Lütfen İzin ver ya da Reddet’i seçin.",
    },
}


def language() -> str:
    """The page language for the current request: the browser's best match, else English."""
    best = request.accept_languages.best_match(LANGUAGES, default="en")
    return str(best or "en")


def _translated(source: str) -> str:
    """``source`` in the request's language (as is where the catalog has no translation)."""
    return CATALOG.get(language(), {}).get(source, source)


def text(source: str, **values: Any) -> str:
    """``source`` in the request's language, with ``{name}`` values filled in (plain text)."""
    return _translated(source).format(**values)


def markup(source: str, **values: Any) -> Markup:
    """For templates: ``source`` translated and HTML-escaped; values are escaped too, unless
    they are ``Markup`` already (a ``<strong>`` the template made)."""
    # The text is escaped first; Markup.format escapes every value that is not Markup.
    return Markup(escape(_translated(source))).format(**values)  # noqa: S704


def strong(value: object) -> Markup:
    return Markup("<strong>{}</strong>").format(value)  # the value is escaped


def code(value: object) -> Markup:
    return Markup("<code>{}</code>").format(value)


def template_helpers() -> dict[str, Any]:
    """What every sandbox page may use: ``t``, ``strong``, ``code`` and ``lang``."""
    return {"t": markup, "strong": strong, "code": code, "lang": language()}
